package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.boards.Boards.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

class CompositionDrafterTest {

    private final CompositionDrafter drafter = new CompositionDrafter(DraftSettings.DEFAULTS);
    private final StatutoryBoardCheck check = new StatutoryBoardCheck();

    /** Two PCTs and a care trust of two local authorities; P2 starts one NED short, like the demo's PCT-FEN. */
    private final List<Organisation> cluster = List.of(pct("P1", 300_000), pct("P2", 200_000),
            careTrust("CT1", 150_000, "LA1", "LA2"));

    private List<BoardMember> current() {
        List<BoardMember> members = new ArrayList<>(board("P1", 6));
        members.addAll(board("P2", 4));
        members.add(member("CT1", "CT1-C", BoardRole.CHAIR, AppraisalRating.OUTSTANDING));
        members.add(member("CT1", "CT1-L1", BoardRole.NON_EXECUTIVE, AppraisalRating.SATISFACTORY, "LA1"));
        members.add(member("CT1", "CT1-L2", BoardRole.NON_EXECUTIVE, AppraisalRating.GOOD, "LA2"));
        members.add(member("CT1", "CT1-N1", BoardRole.VICE_CHAIR, AppraisalRating.OUTSTANDING));
        members.add(member("CT1", "CT1-N2", BoardRole.NON_EXECUTIVE, AppraisalRating.UNSATISFACTORY));
        members.add(member("CT1", "CT1-N3", BoardRole.NON_EXECUTIVE, AppraisalRating.GOOD));
        return members;
    }

    private static Set<String> peopleOn(List<BoardSeat> seats, String board) {
        return seats.stream().filter(s -> s.organisationCode().equals(board) && s.role().countsAsNonExecutive())
                .map(BoardSeat::personId).collect(Collectors.toSet());
    }

    private static String chairOf(List<BoardSeat> seats, String board) {
        return seats.stream().filter(s -> s.organisationCode().equals(board) && s.role() == BoardRole.CHAIR)
                .map(BoardSeat::personId).findFirst().orElse(null);
    }

    @Test
    @DisplayName("A 4.5 Model 2: one chair and one set of seven NEDs on every board, including both LA nominees, so all are lawful")
    void modelTwo() {
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_2, cluster, current());
        // the outstanding care trust chair is preferred (appraisal before population)
        assertThat(cluster).allSatisfy(b -> assertThat(chairOf(draft.seats(), b.code())).isEqualTo("CT1-C"));
        Set<String> p1 = peopleOn(draft.seats(), "P1");
        assertThat(p1).hasSize(7).contains("CT1-L1", "CT1-L2", "CT1-N1");
        assertThat(peopleOn(draft.seats(), "P2")).isEqualTo(p1);
        assertThat(peopleOn(draft.seats(), "CT1")).isEqualTo(p1);
        // the unsatisfactory NED loses out to better-rated colleagues
        assertThat(p1).doesNotContain("CT1-N2");
        // nominations count on the care trust only
        assertThat(draft.seats()).filteredOn(s -> s.nominatedByLa() != null)
                .allSatisfy(s -> assertThat(s.organisationCode()).isEqualTo("CT1")).hasSize(2);
        assertThat(check.check(cluster, draft.seats())).isEmpty();
    }

    @Test
    @DisplayName("A 4.5 Model 2 prefers continuity: a current vice-chair chosen stays vice-chair; appointments already held keep their member id")
    void modelTwoContinuity() {
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_2, cluster, current());
        assertThat(draft.seats()).filteredOn(s -> s.role() == BoardRole.VICE_CHAIR)
                .extracting(BoardSeat::personId).containsOnly("CT1-N1").hasSize(3);
        assertThat(draft.seats()).filteredOn(s -> s.personId().equals("CT1-N1") && s.organisationCode().equals("CT1"))
                .extracting(BoardSeat::memberId).containsExactly("CT1/CT1-N1");
        assertThat(draft.seats()).filteredOn(s -> s.personId().equals("CT1-N1") && s.organisationCode().equals("P1"))
                .extracting(BoardSeat::memberId).containsOnlyNulls();
    }

    @Test
    @DisplayName("A 4.5 Model 2 with an equal appraisal keeps the chair of the board with the largest weighted population")
    void modelTwoChairTieBreak() {
        List<BoardMember> members = new ArrayList<>(board("P1", 6));
        members.addAll(board("P2", 6));
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_2, List.of(pct("P1", 100), pct("P2", 500)), members);
        assertThat(chairOf(draft.seats(), "P1")).isEqualTo("P2-C");
    }

    @Test
    @DisplayName("A 4.7 Model 3: one chair on all boards, three shared NEDs on all, locality NEDs on one, six per board")
    void modelThree() {
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_3, cluster, current());
        Set<String> p1 = peopleOn(draft.seats(), "P1");
        Set<String> p2 = peopleOn(draft.seats(), "P2");
        Set<String> ct = peopleOn(draft.seats(), "CT1");
        Set<String> shared = p1.stream().filter(p2::contains).filter(ct::contains).collect(Collectors.toSet());
        assertThat(shared).hasSize(3);
        assertThat(p1).hasSize(6);
        assertThat(p2).hasSize(6);
        assertThat(ct).hasSize(6).contains("CT1-L1", "CT1-L2");
        // locality NEDs are on one board only
        for (String person : p1) {
            if (!shared.contains(person)) {
                assertThat(p2).doesNotContain(person);
                assertThat(ct).doesNotContain(person);
            }
        }
        assertThat(cluster).allSatisfy(b -> assertThat(chairOf(draft.seats(), b.code())).isEqualTo("CT1-C"));
        assertThat(check.check(cluster, draft.seats())).isEmpty();
    }

    @Test
    @DisplayName("A 4.7 Model 3: local authority nominees serve their care trust as locality NEDs, not as shared NEDs")
    void modelThreeNomineesStayLocal() {
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_3, cluster, current());
        assertThat(peopleOn(draft.seats(), "P1")).doesNotContain("CT1-L1", "CT1-L2");
    }

    @Test
    @DisplayName("A 4.3 Model 1: PCT boards unchanged; cluster board of the best-rated chair and one nominee from each PCT")
    void modelOne() {
        List<BoardMember> members = current();
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_1, cluster, members);
        assertThat(draft.seats()).containsExactlyElementsOf(seats(members));
        assertThat(draft.clusterBoardChair()).isEqualTo("CT1-C");
        // per PCT its best-rated NED: P1 and P2 vice-chairs (GOOD, vice-chair first), CT1's outstanding vice-chair
        assertThat(draft.clusterBoardNonExecutives()).containsExactly("P1-N1", "P2-N1", "CT1-N1");
    }

    @Test
    @DisplayName("A 4.3 Model 1 keeps existing breaches visible: P2 still has four NEDs")
    void modelOneKeepsBreaches() {
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_1, cluster, current());
        assertThat(check.check(cluster, draft.seats())).extracting(Breach::code, Breach::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P2", Breach.Rule.TOO_FEW_NON_EXECUTIVES));
    }

    @Test
    @DisplayName("Model 4: boards keep their own chairs and NEDs; OTHER starts from the current boards")
    void modelFourAndOther() {
        List<BoardMember> members = current();
        assertThat(drafter.draft(GovernanceModel.MODEL_4, cluster, members).seats()).containsExactlyElementsOf(seats(members));
        assertThat(drafter.draft(GovernanceModel.OTHER, cluster, members).seats()).containsExactlyElementsOf(seats(members));
        assertThat(drafter.draft(GovernanceModel.MODEL_4, cluster, members).clusterBoardChair()).isNull();
    }

    @Test
    @DisplayName("A 4.7 Model 3 fills a board its own NEDs cannot fill with people left over elsewhere (dual appointments, A 1.4)")
    void modelThreeDualAppointments() {
        List<Organisation> two = List.of(pct("P1", 100), pct("P2", 100));
        List<BoardMember> members = new ArrayList<>(board("P1", 7));
        members.addAll(board("P2", 2)); // nine NEDs in all: three shared, three locality on each board
        DraftedComposition draft = drafter.draft(GovernanceModel.MODEL_3, two, members);
        assertThat(peopleOn(draft.seats(), "P2")).hasSize(6);
        assertThat(check.check(two, draft.seats())).isEmpty();
    }

    @Test
    @DisplayName("A 3.3: drafting settings outside 5–7 are refused")
    void settingsWithinStatute() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DraftSettings(1, 8, 3, 6))
                .hasMessageContaining("model2-non-executives");
    }
}
