package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.BoardRole;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Sex;

/**
 * A 5.7: checks the board's decision on {@code complete}: fill, dual appointment or leave. The board proposes;
 * the Appointments Commission appoints (A 3.5), so a fill or a dual appointment becomes a proposal. Refused,
 * with the task left open: a decision that leaves the board unlawful and worse than before the vacancy, a
 * disqualified appointee (A 5.3), or a local-authority nomination with no source (A 3.3).
 */
@Component("boardVacancyDecision")
public class BoardVacancyDecision implements TaskListener {

    private final BoardsRepository boards;
    private final BoardsProperties properties;
    private final CompositionVariables variables;
    private final VacancyAssessment assessment = new VacancyAssessment();

    public BoardVacancyDecision(BoardsRepository boards, BoardsProperties properties, CompositionVariables variables) {
        this.boards = boards;
        this.properties = properties;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("Task_CommissionAppointment".equals(task.getTaskDefinitionKey())) {
            commission(task);
            return;
        }
        String code = (String) task.getVariable("organisationCode");
        Organisation board = boards.register().organisation(code).orElseThrow();
        List<BoardMember> members = boards.register().boardMembersOf(List.of(code));
        BoardRole vacatedRole = BoardRole.valueOf((String) task.getVariable("vacatedRole"));
        VacancyAssessment.Decision decision;
        try {
            decision = VacancyAssessment.Decision.valueOf(String.valueOf(task.getVariable("vacancyDecision")));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("vacancyDecision must be FILL, DUAL_APPOINTMENT or LEAVE");
        }
        if (CompositionVariables.text(task.getVariable("decisionRationale")) == null) {
            throw new ProcessEngineException("decisionRationale is required");
        }
        String la = decision == VacancyAssessment.Decision.LEAVE ? null : CompositionVariables.text(task.getVariable("appointeeNominatedByLa"));
        if (la != null && !board.localAuthorities().contains(la)) {
            throw new ProcessEngineException("appointeeNominatedByLa '" + la + "' is not a local authority of " + code);
        }
        LocalDate today = Today.now();
        Optional<BoardSeat> appointee = switch (decision) {
            case LEAVE -> Optional.empty();
            case DUAL_APPOINTMENT -> {
                String personId = CompositionVariables.text(task.getVariable("dualAppointeePersonId"));
                if (personId == null || members.stream().anyMatch(m -> m.personId().equals(personId))) {
                    throw new ProcessEngineException("dualAppointeePersonId must name a chair or non-executive of another board "
                            + "of the cluster who is not already on " + code);
                }
                BoardPerson person = dualAppointee(board, personId);
                boards.disqualification(personId, person.name(), today).ifPresent(d -> {
                    throw d.refusal();
                });
                nominationSource(task, board, la, personId, person.name());
                task.setVariable("appointeeDisplayName", person.name());
                yield Optional.of(new BoardSeat(null, personId, code, vacatedRole, la));
            }
            case FILL -> {
                String name = CompositionVariables.text(task.getVariable("appointeeName"));
                if (name == null) {
                    throw new ProcessEngineException("appointeeName is required to fill the vacancy");
                }
                enumOf(Sex.class, task.getVariable("appointeeSex"), "appointeeSex");
                enumOf(EthnicGroup.class, task.getVariable("appointeeEthnicGroup"), "appointeeEthnicGroup");
                boards.disqualification(null, name, today).ifPresent(d -> {
                    throw d.refusal();
                });
                nominationSource(task, board, la, null, name);
                task.setVariable("appointeeDisplayName", name);
                yield Optional.of(new BoardSeat(null, "new", code, vacatedRole, la));
            }
        };
        List<BoardSeat> remaining = members.stream().map(CompositionDrafter::seatOf).toList();
        List<BoardSeat> before = new ArrayList<>(remaining);
        before.add(new BoardSeat(null, (String) task.getVariable("vacatedPersonId"), code, vacatedRole,
                (String) task.getVariable("vacatedNominatedByLa")));
        List<BoardSeat> after = assessment.seatsAfterDecision(remaining, decision, appointee);
        int quorum = properties.quorumOf(code);
        assessment.refusal(board, before, after, quorum, decision).ifPresent(reason -> {
            throw new ProcessEngineException(reason);
        });
        List<String> breaches = assessment.remainingBreaches(board, after, quorum);
        task.setVariable("remainingBreaches", breaches.isEmpty() ? "None: the board meets A 3.3 and its quorum."
                : String.join("; ", breaches));
        task.setVariable("appointmentProposed", decision != VacancyAssessment.Decision.LEAVE);
        task.setVariable("proposedAppointmentText", appointee.map(s -> "Appoint " + task.getVariable("appointeeDisplayName")
                + " as " + task.getVariable("vacatedRoleName") + " of " + board.name()
                + (la == null ? "" : ", nominated by " + la) + " (" + (decision == VacancyAssessment.Decision.FILL
                ? "a new appointee" : "a dual appointment, A 1.4") + ").").orElse(""));
    }

    /** A 3.5, 5.4: the Commission appoints, or declines and the board decides again. */
    private void commission(DelegateTask task) {
        String decision = CompositionVariables.text(task.getVariable("commissionAppointment"));
        if (!"APPOINTED".equals(decision) && !"DECLINED".equals(decision)) {
            throw new ProcessEngineException("commissionAppointment must be APPOINTED or DECLINED");
        }
        if ("DECLINED".equals(decision) && CompositionVariables.text(task.getVariable("commissionNotes")) == null) {
            throw new ProcessEngineException("commissionNotes is required when the Commission declines the appointment");
        }
    }

    /** A 3.3: a nominee counts only with a source: on the roster, recorded, or recorded now (who nominated, when). */
    private void nominationSource(DelegateTask task, Organisation board, String la, String personId, String name) {
        if (la == null || (personId != null && boards.nominated(board.code(), la, personId))) {
            return;
        }
        String by = CompositionVariables.text(task.getVariable("appointeeNominatedBy"));
        String on = CompositionVariables.text(task.getVariable("appointeeNominatedOn"));
        if (by == null || on == null) {
            throw new ProcessEngineException("appointeeNominatedByLa: no nomination of " + name + " by " + la
                    + " is on the roster or recorded; give appointeeNominatedBy (who nominated them) and appointeeNominatedOn (when) (A 3.3)");
        }
        try {
            LocalDate.parse(on.length() >= 10 ? on.substring(0, 10) : on);
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("appointeeNominatedOn must be a date (YYYY-MM-DD)");
        }
    }

    private BoardPerson dualAppointee(Organisation board, String personId) {
        List<String> cluster = boards.register().clusterOrganisations(board.clusterCode()).stream()
                .filter(o -> o.type().isPct()).map(Organisation::code).toList();
        return BoardsRepository.people(boards.register().boardMembersOf(cluster)).values().stream()
                .filter(p -> p.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new ProcessEngineException("dualAppointeePersonId '" + personId
                        + "' is not a chair or non-executive of another board of the cluster"));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, Object value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
