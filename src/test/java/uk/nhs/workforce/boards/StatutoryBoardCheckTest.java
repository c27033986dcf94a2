package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.boards.Boards.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

class StatutoryBoardCheckTest {

    private final StatutoryBoardCheck check = new StatutoryBoardCheck();

    @ParameterizedTest(name = "{0} non-executives: breach {1}")
    @CsvSource({"4, TOO_FEW_NON_EXECUTIVES", "5, NONE", "7, NONE", "8, TOO_MANY_NON_EXECUTIVES"})
    @DisplayName("A 3.3: a board has a minimum of five and not more than seven non-executives (boards at 4, 5, 7, 8)")
    void nonExecutiveCount(int neds, String expected) {
        List<Breach> breaches = check.check(List.of(pct("P1", 100)), seats(board("P1", neds)));
        if (expected.equals("NONE")) {
            assertThat(breaches).isEmpty();
        } else {
            assertThat(breaches).extracting(Breach::code, Breach::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("P1", Breach.Rule.valueOf(expected)));
        }
    }

    @Test
    @DisplayName("A 3.3: the chair is not counted among the non-executives, the vice-chair is")
    void chairNotCountedViceChairCounted() {
        List<BoardMember> members = board("P1", 5); // chair + vice-chair + 4 NEDs = 5 non-executives
        assertThat(check.check(List.of(pct("P1", 1)), seats(members))).isEmpty();
        List<BoardMember> withoutVice = members.stream().filter(m -> m.role() != BoardRole.VICE_CHAIR).toList();
        assertThat(check.check(List.of(pct("P1", 1)), seats(withoutVice)))
                .extracting(Breach::rule).containsExactly(Breach.Rule.TOO_FEW_NON_EXECUTIVES);
    }

    @Test
    @DisplayName("A 3.3: each board must have in post a non-executive chair")
    void missingChair() {
        List<BoardMember> members = board("P1", 6).stream().filter(m -> m.role() != BoardRole.CHAIR).toList();
        assertThat(check.check(List.of(pct("P1", 1)), seats(members)))
                .extracting(Breach::code, Breach::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", Breach.Rule.NO_CHAIR));
    }

    @Test
    @DisplayName("A 3.3: one chair – a second chair on the same board is a breach")
    void twoChairs() {
        List<BoardMember> members = new ArrayList<>(board("P1", 6));
        members.add(member("P1", "other-chair", BoardRole.CHAIR, AppraisalRating.GOOD));
        assertThat(check.check(List.of(pct("P1", 1)), seats(members)))
                .extracting(Breach::rule).containsExactly(Breach.Rule.MORE_THAN_ONE_CHAIR);
    }

    @Test
    @DisplayName("A 3.3: a board with no appointments at all breaches both the chair and the count rules")
    void emptyBoard() {
        assertThat(check.check(List.of(pct("P1", 1)), List.of()))
                .extracting(Breach::rule).containsExactly(Breach.Rule.NO_CHAIR, Breach.Rule.TOO_FEW_NON_EXECUTIVES);
    }

    @Test
    @DisplayName("A 3.3: a care trust with two local authorities needs a non-executive nominated by each")
    void careTrustOfTwoLocalAuthorities() {
        Organisation ct = careTrust("CT1", 100, "LA1", "LA2");
        List<BoardMember> members = new ArrayList<>(board("CT1", 4));
        members.add(member("CT1", "nominee-1", BoardRole.NON_EXECUTIVE, AppraisalRating.GOOD, "LA1"));
        assertThat(check.check(List.of(ct), seats(members)))
                .extracting(Breach::code, Breach::rule, Breach::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CT1", Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE,
                        "CT1 has no non-executive nominated by local authority LA2 (A 3.3)"));

        members.add(member("CT1", "nominee-2", BoardRole.NON_EXECUTIVE, AppraisalRating.GOOD, "LA2"));
        assertThat(check.check(List.of(ct), seats(members))).isEmpty();
    }

    @Test
    @DisplayName("A 3.3: a care trust chair nominated by a local authority does not satisfy the nominee rule")
    void chairIsNotTheNominee() {
        Organisation ct = careTrust("CT1", 100, "LA1");
        List<BoardMember> members = new ArrayList<>(board("CT1", 5).subList(1, 6));
        members.add(member("CT1", "la-chair", BoardRole.CHAIR, AppraisalRating.GOOD, "LA1"));
        assertThat(check.check(List.of(ct), seats(members))).extracting(Breach::rule)
                .containsExactly(Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE);
    }

    @Test
    @DisplayName("A 3.3: the nominee rule applies to care trusts plus and never to an ordinary PCT")
    void nomineeRuleOnlyForCareTrusts() {
        Organisation ctPlus = new Organisation("CTP", "CTP", uk.nhs.workforce.rosters.OrganisationType.CARE_TRUST_PLUS,
                "XR", null, "XC", java.math.BigDecimal.ONE, List.of("LA9"));
        assertThat(check.check(List.of(ctPlus), seats(board("CTP", 5)))).extracting(Breach::rule)
                .containsExactly(Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE);
        Organisation pctListingAnLa = new Organisation("P1", "P1", uk.nhs.workforce.rosters.OrganisationType.PCT,
                "XR", null, "XC", java.math.BigDecimal.ONE, List.of("LA9"));
        assertThat(check.check(List.of(pctListingAnLa), seats(board("P1", 5)))).isEmpty();
    }

    @Test
    @DisplayName("A 3.3: every breach of every board of the cluster is listed, each naming its board; [] when lawful")
    void everyBreachOfEveryBoard() {
        Organisation ct = careTrust("CT1", 100, "LA1", "LA2");
        List<BoardMember> members = new ArrayList<>(board("P1", 4));
        members.addAll(board("P2", 6));
        members.addAll(board("CT1", 8));
        List<Breach> breaches = check.check(List.of(pct("P1", 1), pct("P2", 1), ct), seats(members));
        assertThat(breaches).extracting(Breach::code, Breach::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P1", Breach.Rule.TOO_FEW_NON_EXECUTIVES),
                org.assertj.core.groups.Tuple.tuple("CT1", Breach.Rule.TOO_MANY_NON_EXECUTIVES),
                org.assertj.core.groups.Tuple.tuple("CT1", Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE),
                org.assertj.core.groups.Tuple.tuple("CT1", Breach.Rule.NO_LOCAL_AUTHORITY_NOMINEE));
    }

    @Test
    @DisplayName("A 1.4: one person may sit on several boards; each board is checked on its own appointments")
    void sharedPeopleCountOnEachBoard() {
        List<BoardSeat> seats = new ArrayList<>();
        for (String board : List.of("P1", "P2")) {
            seats.add(new BoardSeat(null, "chair", board, BoardRole.CHAIR, null));
            for (int i = 1; i <= 5; i++) {
                seats.add(new BoardSeat(null, "ned" + i, board, BoardRole.NON_EXECUTIVE, null));
            }
        }
        assertThat(check.check(List.of(pct("P1", 1), pct("P2", 1)), seats)).isEmpty();
    }
}
