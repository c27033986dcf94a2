package uk.nhs.workforce.boards;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Sex;

/**
 * A 5.7: records the board's decision in the roster: the vacated appointment ends and, for a fill or a dual
 * appointment, the appointee is appointed to this PCT board in the vacated role (A 5.4), for the vacated
 * term. The board is checked again ({@code statutoryCheck}).
 */
@Component("boardVacancyApply")
public class BoardVacancyApply implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final StatutoryBoardCheck check = new StatutoryBoardCheck();

    public BoardVacancyApply(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable("organisationCode");
        String memberId = (String) execution.getVariable("vacatedMemberId");
        Organisation board = boards.register().organisation(code).orElseThrow();
        BoardMember vacated = boards.register().boardMembersOf(List.of(code)).stream()
                .filter(m -> m.memberId().equals(memberId)).findFirst().orElseThrow();
        VacancyAssessment.Decision decision = VacancyAssessment.Decision.valueOf((String) execution.getVariable("vacancyDecision"));
        String la = CompositionVariables.text(execution.getVariable("appointeeNominatedByLa"));
        boards.endAppointment(memberId);
        if (decision == VacancyAssessment.Decision.DUAL_APPOINTMENT) {
            String personId = (String) execution.getVariable("dualAppointeePersonId");
            BoardMember existing = boards.register().boardMembersOf(
                    boards.register().clusterOrganisations(board.clusterCode()).stream().map(Organisation::code).toList())
                    .stream().filter(m -> m.personId().equals(personId)).findFirst().orElseThrow();
            BoardPerson person = new BoardPerson(personId, existing.name(), existing.sex(), existing.ethnicGroup(),
                    existing.userId(), existing.appraisalRating());
            boards.insertAppointment(new BoardSeat(null, personId, code, vacated.role(), la), person, vacated.termEnd());
        } else if (decision == VacancyAssessment.Decision.FILL) {
            String personId = "P-" + UUID.randomUUID().toString().substring(0, 8);
            BoardPerson person = new BoardPerson(personId, (String) execution.getVariable("appointeeName"),
                    Sex.valueOf((String) execution.getVariable("appointeeSex")),
                    EthnicGroup.valueOf((String) execution.getVariable("appointeeEthnicGroup")), null,
                    null); // a new appointee has had no appraisal yet
            boards.insertAppointment(new BoardSeat(null, personId, code, vacated.role(), la), person, vacated.termEnd());
            execution.setVariable("appointeePersonId", personId);
        }
        List<Breach> breaches = check.checkBoard(board, boards.register().boardMembersOf(List.of(code)).stream()
                .map(CompositionDrafter::seatOf).toList());
        execution.setVariable("statutoryCheck", variables.json(breaches.stream().map(b -> Map.of(
                "code", b.code(), "rule", b.rule().name(), "message", b.message())).toList()));
    }
}
