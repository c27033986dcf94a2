package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Sex;

/**
 * A 3.5, 5.4, 5.7: writes what was decided once the Commission has appointed: the appointee (new, or a chair
 * or non-executive of another board of the cluster) is appointed to this PCT board in the vacated role, for
 * the vacated term, through the one write that refuses a disqualified person (A 5.3); a nomination given with
 * the decision is recorded (A 3.3). The board is checked again ({@code statutoryCheck}).
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
        Organisation board = boards.register().organisation(code).orElseThrow();
        VacancyAssessment.Decision decision = VacancyAssessment.Decision.valueOf((String) execution.getVariable("vacancyDecision"));
        BoardRole role = BoardRole.valueOf((String) execution.getVariable("vacatedRole"));
        LocalDate termEnd = LocalDate.parse((String) execution.getVariable("vacatedTermEnd"));
        String la = CompositionVariables.text(execution.getVariable("appointeeNominatedByLa"));
        LocalDate today = Today.of(execution);
        BoardPerson person = null;
        if (decision == VacancyAssessment.Decision.DUAL_APPOINTMENT) {
            String personId = (String) execution.getVariable("dualAppointeePersonId");
            List<String> cluster = boards.register().clusterOrganisations(board.clusterCode()).stream()
                    .map(Organisation::code).toList();
            person = BoardsRepository.people(boards.register().boardMembersOf(cluster)).get(personId);
        } else if (decision == VacancyAssessment.Decision.FILL) {
            person = new BoardPerson("P-" + UUID.randomUUID().toString().substring(0, 8), (String) execution.getVariable("appointeeName"),
                    Sex.valueOf((String) execution.getVariable("appointeeSex")),
                    EthnicGroup.valueOf((String) execution.getVariable("appointeeEthnicGroup")), null,
                    null); // a new appointee has had no appraisal yet
        }
        if (person != null) {
            if (la != null && !boards.nominated(code, la, person.personId())) {
                String on = CompositionVariables.text(execution.getVariable("appointeeNominatedOn"));
                boards.recordNomination(code, la, person.personId(), CompositionVariables.text(execution.getVariable("appointeeNominatedBy")),
                        LocalDate.parse(on.substring(0, 10)), execution.getProcessInstanceId());
            }
            boards.appoint(new BoardSeat(null, person.personId(), code, role, la), person, termEnd, today, execution.getProcessInstanceId());
            execution.setVariable("appointeePersonId", person.personId());
        }
        List<Breach> breaches = check.checkBoard(board, boards.register().boardMembersOf(List.of(code)).stream()
                .map(CompositionDrafter::seatOf).toList());
        execution.setVariable("statutoryCheck", variables.json(breaches.stream().map(b -> Map.of(
                "code", b.code(), "rule", b.rule().name(), "message", b.message())).toList()));
    }
}
