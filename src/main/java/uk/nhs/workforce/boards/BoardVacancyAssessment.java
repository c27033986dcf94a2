package uk.nhs.workforce.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.BoardMember;
import uk.nhs.workforce.rosters.Organisation;

/**
 * A 5.7: validates the reported vacancy ({@code organisationCode}, {@code vacatedMemberId}) and assesses
 * whether the board still meets its statutory requirements (A 3.3) and its quorum without the member.
 * It runs synchronously at the start, so a bad report leaves no instance.
 */
@Component("boardVacancyAssessment")
public class BoardVacancyAssessment implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final BoardsProperties properties;
    private final VacancyAssessment assessment = new VacancyAssessment();

    public BoardVacancyAssessment(BoardsRepository boards, CompositionVariables variables, BoardsProperties properties) {
        this.boards = boards;
        this.variables = variables;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = CompositionVariables.text(execution.getVariable("organisationCode"));
        if (code == null) {
            throw new ProcessEngineException("organisationCode is required: the PCT board with the vacancy");
        }
        Organisation board = boards.register().organisation(code).filter(o -> o.type().isPct())
                .orElseThrow(() -> new ProcessEngineException("organisationCode '" + code + "' is not a PCT or care trust board"));
        String memberId = CompositionVariables.text(execution.getVariable("vacatedMemberId"));
        if (memberId == null) {
            throw new ProcessEngineException("vacatedMemberId is required: the appointment (member id) that has fallen vacant");
        }
        List<BoardMember> members = boards.register().boardMembersOf(List.of(code));
        // a board secretary in Tasklist names the person; an integrator passes the member id
        List<BoardMember> byName = members.stream().filter(m -> m.name().equalsIgnoreCase(memberId)).toList();
        if (byName.size() > 1) {
            throw new ProcessEngineException("vacatedMemberId '" + memberId + "' names more than one appointment to " + code + ": give the member id");
        }
        BoardMember vacated = members.stream().filter(m -> m.memberId().equals(memberId)).findFirst()
                .or(() -> byName.stream().findFirst())
                .orElseThrow(() -> new ProcessEngineException("vacatedMemberId '" + memberId + "' is not an appointment to " + code));
        execution.setVariable("vacatedMemberId", vacated.memberId());
        String reasonText = CompositionVariables.text(execution.getVariable("endReason"));
        EndReason endReason;
        try {
            endReason = EndReason.valueOf(String.valueOf(reasonText));
        } catch (IllegalArgumentException e) {
            endReason = null;
        }
        if (endReason == null || endReason == EndReason.TERMINATED) {
            // a termination is the Commission's decision in ned-rationalisation (A 5.3), not a vacancy report
            throw new ProcessEngineException("endReason '" + reasonText + "' must be RESIGNED, TERM_ENDED or NOT_CONTINUED: why the appointment ended");
        }

        List<BoardSeat> remaining = members.stream().filter(m -> m != vacated).map(CompositionDrafter::seatOf).toList();
        int quorum = properties.quorumOf(code);
        VacancyAssessment.Result result = assessment.assess(board, remaining, quorum);
        // the vacancy has arisen: the appointment ends now and is kept with its end date and reason (A 5.7)
        boards.endAppointment(vacated, endReason, Today.of(execution), execution.getProcessInstanceId());
        execution.setVariable("vacatedPersonId", vacated.personId());
        execution.setVariable("vacatedTermEnd", vacated.termEnd().toString());
        execution.setVariable("quorumText", properties.quorumText(code));

        execution.setVariable("organisationCode", code);
        execution.setVariable("boardName", board.name());
        execution.setVariable("vacatedName", vacated.name());
        execution.setVariable("vacatedRole", vacated.role().name());
        execution.setVariable("vacatedRoleName", switch (vacated.role()) {
            case CHAIR -> "chair";
            case VICE_CHAIR -> "vice-chair";
            case NON_EXECUTIVE -> "non-executive";
        });
        execution.setVariable("vacatedNominatedByLa", vacated.nominatedByLa());
        execution.setVariable("quorum", quorum);
        execution.setVariable("quorateWithoutMember", result.quorate());
        execution.setVariable("lawfulWithoutMember", result.lawful());
        execution.setVariable("statutoryCheck", variables.json(result.breaches().stream().map(b -> Map.of(
                "code", b.code(), "rule", b.rule().name(), "message", b.message())).toList()));
        execution.setVariable("vacancyAssessmentText", text(board, vacated, result, properties.quorumText(code)));

        // A 1.4, 5.7: a dual appointment takes someone from another board of the cluster not already on this one
        Set<String> onThisBoard = members.stream().map(BoardMember::personId).collect(Collectors.toSet());
        List<Organisation> cluster = board.clusterCode() == null ? List.of()
                : boards.register().clusterOrganisations(board.clusterCode()).stream().filter(o -> o.type().isPct()).toList();
        List<Map<String, String>> options = new ArrayList<>();
        boards.register().boardMembersOf(cluster.stream().map(Organisation::code).filter(c -> !c.equals(code)).toList())
                .stream().filter(m -> !onThisBoard.contains(m.personId()))
                .collect(Collectors.toMap(BoardMember::personId, m -> m, (a, b) -> a, LinkedHashMap::new)).values()
                .forEach(m -> options.add(Map.of("value", m.personId(), "label", m.name() + " ("
                        + cluster.stream().filter(o -> o.code().equals(m.organisationCode())).map(Organisation::name).findFirst().orElse(m.organisationCode())
                        + ", " + m.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")")));
        execution.setVariable("dualAppointmentOptions", variables.json(options));
        List<Map<String, String>> las = new ArrayList<>();
        // the board reads the local authority's name; the code is what the roster stores
        board.localAuthorities().forEach(la -> las.add(Map.of("value", la, "label",
                boards.register().organisation(la).map(o -> o.name() + " (" + la + ")").orElse(la))));
        execution.setVariable("laOptions", variables.json(las));
        execution.setVariable("careTrustBoard", !las.isEmpty());
    }

    private static String text(Organisation board, BoardMember vacated, VacancyAssessment.Result result, String quorumText) {
        StringBuilder s = new StringBuilder();
        s.append("Without ").append(vacated.name()).append(" (").append(vacated.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append(") ")
                .append(board.name()).append(" has ").append(result.membersRemaining())
                .append(" chair and non-executive members; its quorum is ").append(quorumText).append(result.quorate() ? " (quorate). " : " (NOT quorate). ");
        if (result.breaches().isEmpty()) {
            s.append("It still meets the statutory requirements of A 3.3, so the vacancy may be left unfilled.");
        } else {
            s.append("It would breach: ").append(result.breaches().stream().map(Breach::message).collect(Collectors.joining("; ")))
                    .append(". Any decision that does not leave the board worse than it was before the vacancy is accepted; "
                            + "the breaches that remain are listed with it.");
        }
        return s.toString();
    }
}
