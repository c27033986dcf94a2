package uk.nhs.workforce.boards;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Sex;

/**
 * A 5.7: checks the board's decision on {@code complete}: fill, dual appointment or leave. A decision that
 * leaves the board unlawful (A 3.3 or its quorum) is refused, naming {@code vacancyDecision}; the task stays open.
 */
@Component("boardVacancyDecision")
public class BoardVacancyDecision implements TaskListener {

    private final BoardsRepository boards;
    private final BoardsProperties properties;
    private final VacancyAssessment assessment = new VacancyAssessment();

    public BoardVacancyDecision(BoardsRepository boards, BoardsProperties properties) {
        this.boards = boards;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = (String) task.getVariable("organisationCode");
        String memberId = (String) task.getVariable("vacatedMemberId");
        Organisation board = boards.register().organisation(code).orElseThrow();
        List<BoardMember> members = boards.register().boardMembersOf(List.of(code));
        BoardMember vacated = members.stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new ProcessEngineException("vacatedMemberId '" + memberId + "' is no longer on " + code));
        VacancyAssessment.Decision decision;
        try {
            decision = VacancyAssessment.Decision.valueOf(String.valueOf(task.getVariable("vacancyDecision")));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("vacancyDecision must be FILL, DUAL_APPOINTMENT or LEAVE");
        }
        String la = CompositionVariables.text(task.getVariable("appointeeNominatedByLa"));
        if (la != null && !board.localAuthorities().contains(la)) {
            throw new ProcessEngineException("appointeeNominatedByLa '" + la + "' is not a local authority of " + code);
        }
        Optional<BoardSeat> appointee = switch (decision) {
            case LEAVE -> Optional.empty();
            case DUAL_APPOINTMENT -> {
                String personId = CompositionVariables.text(task.getVariable("dualAppointeePersonId"));
                if (personId == null || members.stream().anyMatch(m -> m.personId().equals(personId))) {
                    throw new ProcessEngineException("dualAppointeePersonId must name a chair or non-executive of another board "
                            + "of the cluster who is not already on " + code);
                }
                yield Optional.of(new BoardSeat(null, personId, code, vacated.role(), la));
            }
            case FILL -> {
                if (CompositionVariables.text(task.getVariable("appointeeName")) == null) {
                    throw new ProcessEngineException("appointeeName is required to fill the vacancy");
                }
                enumOf(Sex.class, task.getVariable("appointeeSex"), "appointeeSex");
                enumOf(EthnicGroup.class, task.getVariable("appointeeEthnicGroup"), "appointeeEthnicGroup");
                yield Optional.of(new BoardSeat(null, "new", code, vacated.role(), la));
            }
        };
        List<BoardSeat> remaining = members.stream().filter(m -> m != vacated).map(CompositionDrafter::seatOf).toList();
        List<BoardSeat> after = assessment.seatsAfterDecision(remaining, decision, appointee);
        assessment.refusal(board, after, properties.quorumOf(code), decision).ifPresent(reason -> {
            throw new ProcessEngineException(reason);
        });
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, Object value, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
