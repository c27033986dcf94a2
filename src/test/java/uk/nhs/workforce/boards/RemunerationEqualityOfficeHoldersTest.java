package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.boards.Boards.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Sex;

class RemunerationEqualityOfficeHoldersTest {

    private final List<Organisation> cluster = List.of(pct("P1", 300_000), pct("P2", 200_000));

    @Test
    @DisplayName("A 5.6: a single chair of every constituent board is paid on the combined weighted population")
    void singleChairCombinedPopulation() {
        List<BoardSeat> seats = List.of(new BoardSeat(null, "c", "P1", BoardRole.CHAIR, null),
                new BoardSeat(null, "c", "P2", BoardRole.CHAIR, null));
        ChairRemunerationBasis basis = new ChairRemunerationBasis();
        assertThat(basis.singleChairPopulation(cluster, seats)).contains(BigDecimal.valueOf(500_000));
        assertThat(basis.chairBases(cluster, seats)).singleElement()
                .satisfies(b -> assertThat(b.weightedPopulation()).isEqualByComparingTo("500000"));
    }

    @Test
    @DisplayName("A 5.6: chairs of their own PCT are paid on that PCT's population; no combined population")
    void ownChairsOwnPopulation() {
        List<BoardSeat> seats = List.of(new BoardSeat(null, "a", "P1", BoardRole.CHAIR, null),
                new BoardSeat(null, "b", "P2", BoardRole.CHAIR, null));
        ChairRemunerationBasis basis = new ChairRemunerationBasis();
        assertThat(basis.singleChairPopulation(cluster, seats)).isEmpty();
        assertThat(basis.chairBases(cluster, seats)).extracting(ChairRemunerationBasis.ChairBasis::weightedPopulation)
                .containsExactly(BigDecimal.valueOf(300_000), BigDecimal.valueOf(200_000));
    }

    @Test
    @DisplayName("A 5.6: a chair of some but not all boards does not chair across the cluster")
    void chairOfSomeBoards() {
        List<Organisation> three = List.of(pct("P1", 1), pct("P2", 1), pct("P3", 1));
        List<BoardSeat> seats = List.of(new BoardSeat(null, "a", "P1", BoardRole.CHAIR, null),
                new BoardSeat(null, "a", "P2", BoardRole.CHAIR, null));
        assertThat(new ChairRemunerationBasis().singleChairPopulation(three, seats)).isEmpty();
    }

    @Test
    @DisplayName("A 5.6 by analogy (interpretation): a chair of two of three boards is paid once, on the combined population of the two, never more than a chair of all")
    void chairOfTwoOfThreeBoards() {
        List<Organisation> three = List.of(pct("P1", 300_000), pct("P2", 200_000), pct("P3", 150_000));
        List<BoardSeat> seats = List.of(new BoardSeat(null, "a", "P1", BoardRole.CHAIR, null),
                new BoardSeat(null, "a", "P2", BoardRole.CHAIR, null), new BoardSeat(null, "b", "P3", BoardRole.CHAIR, null));
        List<ChairRemunerationBasis.ChairBasis> bases = new ChairRemunerationBasis().chairBases(three, seats);
        assertThat(bases).extracting(ChairRemunerationBasis.ChairBasis::personId).containsExactly("a", "b");
        assertThat(bases.get(0).weightedPopulation()).isEqualByComparingTo("500000");
        assertThat(bases.get(0).boards()).containsExactly("P1", "P2");
        assertThat(bases.get(0).weightedPopulation()).isLessThanOrEqualTo(BigDecimal.valueOf(650_000));
    }

    private static BoardPerson person(String id, Sex sex, EthnicGroup group) {
        return new BoardPerson(id, id, sex, group, null, AppraisalRating.GOOD);
    }

    @Test
    @DisplayName("G 39 / A 4.6: shares of women and each ethnic group before and after, with a flag where a share falls")
    void equalityFlags() {
        List<BoardPerson> before = List.of(person("a", Sex.F, EthnicGroup.BLACK), person("b", Sex.F, EthnicGroup.WHITE),
                person("c", Sex.M, EthnicGroup.WHITE), person("d", Sex.M, EthnicGroup.ASIAN));
        List<BoardPerson> after = List.of(person("b", Sex.F, EthnicGroup.WHITE), person("c", Sex.M, EthnicGroup.WHITE),
                person("d", Sex.M, EthnicGroup.ASIAN));
        EqualityShares.Report report = new EqualityShares().compare(before, after);
        assertThat(report.shares()).filteredOn(s -> s.group().equals("WOMEN")).singleElement().satisfies(s -> {
            assertThat(s.before()).isEqualByComparingTo("0.5");
            assertThat(s.after()).isEqualByComparingTo("0.3333");
            assertThat(s.falls()).isTrue();
        });
        assertThat(report.shares()).filteredOn(EqualityShares.Share::falls).extracting(EqualityShares.Share::group)
                .containsExactlyInAnyOrder("WOMEN", "ETHNIC_GROUP_BLACK");
        assertThat(report.anyFalls()).isTrue();
    }

    @Test
    @DisplayName("A 1.4 / 5.4: a person on several boards is counted once in the equality figures")
    void eachPersonCountedOnce() {
        List<BoardPerson> before = List.of(person("a", Sex.F, EthnicGroup.WHITE), person("b", Sex.M, EthnicGroup.WHITE));
        List<BoardPerson> after = new ArrayList<>(before);
        after.add(person("b", Sex.M, EthnicGroup.WHITE)); // b now sits on a second board
        after.add(person("b", Sex.M, EthnicGroup.WHITE));
        EqualityShares.Report report = new EqualityShares().compare(before, after);
        assertThat(report.peopleAfter()).isEqualTo(2);
        assertThat(report.anyFalls()).isFalse();
    }

    @Test
    @DisplayName("A 5.3: office holders without a continuing role are those with no appointment in the adopted composition")
    void withoutContinuingRole() {
        List<BoardSeat> before = seats(board("P1", 5));
        List<BoardSeat> after = before.stream().filter(s -> !s.personId().equals("P1-N3")).toList();
        assertThat(new OfficeHolders().withoutContinuingRole(before, after)).containsExactly("P1-N3");
        List<BoardSeat> movedBoard = new ArrayList<>(after);
        movedBoard.add(new BoardSeat(null, "P1-N3", "P2", BoardRole.NON_EXECUTIVE, null));
        assertThat(new OfficeHolders().withoutContinuingRole(before, movedBoard)).isEmpty();
    }

    @Test
    @DisplayName("A 5.3: a terminated chair or non-executive is disqualified for two years")
    void twoYearDisqualification() {
        assertThat(new OfficeHolders().disqualificationEnds(LocalDate.of(2011, 6, 30))).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(new OfficeHolders().disqualificationEnds(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2014, 2, 28));
    }
}
