package uk.nhs.workforce.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.workforce.boards.Boards.*;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.Organisation;

class VacancyAssessmentTest {

    private final VacancyAssessment assessment = new VacancyAssessment();
    private final Organisation p1 = pct("P1", 1);

    private static List<BoardSeat> without(List<BoardSeat> seats, String personId) {
        return seats.stream().filter(s -> !s.personId().equals(personId)).toList();
    }

    @Test
    @DisplayName("A 5.7: a vacancy on a board of six NEDs leaves it lawful and quorate; it may be left")
    void vacancyThatMayBeLeft() {
        List<BoardSeat> after = without(seats(board("P1", 6)), "P1-N6");
        VacancyAssessment.Result result = assessment.assess(p1, after, 4);
        assertThat(result.lawful()).isTrue();
        assertThat(assessment.refusal(p1, seats(board("P1", 6)), after, 4, VacancyAssessment.Decision.LEAVE)).isEmpty();
    }

    @Test
    @DisplayName("A 5.7 / A 3.3: leaving a vacancy that takes a board below five NEDs is refused")
    void leavingBelowFiveRefused() {
        List<BoardSeat> after = without(seats(board("P1", 5)), "P1-N5");
        assertThat(assessment.assess(p1, after, 3).breaches()).extracting(Breach::rule)
                .containsExactly(Breach.Rule.TOO_FEW_NON_EXECUTIVES);
        assertThat(assessment.refusal(p1, seats(board("P1", 5)), after, 3, VacancyAssessment.Decision.LEAVE))
                .hasValueSatisfying(r -> assertThat(r).startsWith("vacancyDecision LEAVE would leave P1 unlawful"));
    }

    @Test
    @DisplayName("A 5.7: the quorum from the board's standing orders counts too")
    void quorum() {
        List<BoardSeat> after = without(seats(board("P1", 6)), "P1-N6");
        VacancyAssessment.Result result = assessment.assess(p1, after, 7);
        assertThat(result.breaches()).isEmpty();
        assertThat(result.quorate()).isFalse();
        assertThat(assessment.refusal(p1, seats(board("P1", 6)), after, 7, VacancyAssessment.Decision.LEAVE))
                .hasValueSatisfying(r -> assertThat(r).contains("below its quorum of 7"));
    }

    @Test
    @DisplayName("A 5.7: a dual appointment of a chair or NED from another board restores the board")
    void dualAppointmentRestores() {
        List<BoardSeat> after = without(seats(board("P1", 5)), "P1-N5");
        List<BoardSeat> decided = assessment.seatsAfterDecision(after, VacancyAssessment.Decision.DUAL_APPOINTMENT,
                Optional.of(new BoardSeat(null, "P2-N1", "P1", BoardRole.NON_EXECUTIVE, null)));
        assertThat(assessment.refusal(p1, seats(board("P1", 5)), decided, 3, VacancyAssessment.Decision.DUAL_APPOINTMENT)).isEmpty();
    }

    @Test
    @DisplayName("A 5.7 / A 3.3: a care trust's only nominee of a local authority can only be replaced by another nominee")
    void careTrustNomineeVacancy() {
        Organisation ct = careTrust("CT1", 1, "LA1");
        List<BoardSeat> seats = new java.util.ArrayList<>(seats(board("CT1", 5)));
        seats.add(new BoardSeat(null, "nominee", "CT1", BoardRole.NON_EXECUTIVE, "LA1"));
        List<BoardSeat> after = without(seats, "nominee");
        List<BoardSeat> filledWithoutNomination = assessment.seatsAfterDecision(after, VacancyAssessment.Decision.FILL,
                Optional.of(new BoardSeat(null, "new", "CT1", BoardRole.NON_EXECUTIVE, null)));
        assertThat(assessment.refusal(ct, seats, filledWithoutNomination, 3, VacancyAssessment.Decision.FILL))
                .hasValueSatisfying(r -> assertThat(r).contains("local authority LA1"));
        List<BoardSeat> filled = assessment.seatsAfterDecision(after, VacancyAssessment.Decision.FILL,
                Optional.of(new BoardSeat(null, "new", "CT1", BoardRole.NON_EXECUTIVE, "LA1")));
        assertThat(assessment.refusal(ct, seats, filled, 3, VacancyAssessment.Decision.FILL)).isEmpty();
    }

    @Test
    @DisplayName("A 5.7: on a board already in breach (4 NEDs) a fill that makes nothing worse is accepted and the breach listed; leaving is refused")
    void boardAlreadyInBreach() {
        List<BoardSeat> before = seats(board("P1", 4));
        List<BoardSeat> after = without(before, "P1-N4");
        List<BoardSeat> filled = assessment.seatsAfterDecision(after, VacancyAssessment.Decision.FILL,
                Optional.of(new BoardSeat(null, "new", "P1", BoardRole.NON_EXECUTIVE, null)));
        assertThat(assessment.refusal(p1, before, filled, 3, VacancyAssessment.Decision.FILL)).isEmpty();
        assertThat(assessment.remainingBreaches(p1, filled, 3)).singleElement().asString().contains("4 non-executives");
        assertThat(assessment.refusal(p1, before, after, 3, VacancyAssessment.Decision.LEAVE))
                .hasValueSatisfying(r -> assertThat(r).contains("worse than before the vacancy"));
    }
}
