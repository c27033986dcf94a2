package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Portfolio;

/**
 * Checks the panel the SHA named against G 25 (Chief Executive) or G 29 (a Director post). An id that
 * names nobody on the rosters is refused outright (the naming task stays open); a panel that breaks a
 * rule goes back to the SHA with the reasons. Panel members become the candidate users of the
 * panel's tasks through their roster user id.
 */
@Component("checkPanel")
public class PanelCheck implements JavaDelegate {

    private final AppointmentRoster roster;

    public PanelCheck(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PanelRules rules = roster.panelRules(footprint);
        List<String> memberIds;
        List<String> problems;
        if (execution.hasVariable("directorPost")) {
            String ce = VariableValues.text(execution, "appointedChiefExecutive");
            DirectorPanel panel = new DirectorPanel(VariableValues.text(execution, "chairId"), ce,
                    VariableValues.text(execution, "shaDirectorId"), VariableValues.text(execution, "otherAssessorId"));
            refuseUnknown(rules, List.of(nz(panel.chairId()), nz(panel.shaDirectorId()), nz(panel.otherAssessorId())),
                    new String[] {"chairId", "shaDirectorId", "otherAssessorId"});
            memberIds = panel.memberIds();
            problems = new ArrayList<>(rules.directorProblems(panel,
                    Portfolio.valueOf(VariableValues.text(execution, "directorPost")), ce));
        } else {
            CePanel panel = new CePanel(VariableValues.text(execution, "assessorId"),
                    VariableValues.flag(execution, "assessorIsNominatedDeputy"),
                    VariableValues.text(execution, "furtherAssessorId"),
                    VariableValues.list(execution, "chairRepresentativeIds"),
                    VariableValues.text(execution, "chairAbsenceReason"));
            refuseUnknown(rules, List.of(nz(panel.assessorId()), nz(panel.furtherAssessorId())),
                    new String[] {"assessorId", "furtherAssessorId"});
            List<String> unknownChairs = rules.unknownMembers(panel.chairRepresentativeIds());
            if (!unknownChairs.isEmpty()) {
                throw new ProcessEngineException("chairRepresentativeIds: " + unknownChairs
                        + " not on the executive or board member rosters");
            }
            memberIds = panel.memberIds();
            problems = new ArrayList<>(rules.ceProblems(panel));
        }
        List<String> users = memberIds.stream().map(rules::member).flatMap(java.util.Optional::stream)
                .map(PanelMember::userId).filter(u -> u != null && !u.isBlank()).distinct().toList();
        if (users.isEmpty()) {
            problems.add("Panel: no panel member has a login (user_id on the roster), so nobody could work the panel's tasks");
        }
        execution.setVariable("panelLawful", problems.isEmpty());
        execution.setVariable("panelProblems", problems.isEmpty() ? null
                : "**The panel was sent back:**\n\n" + problems.stream().map(p -> "- " + p).reduce((a, b) -> a + "\n" + b).orElse(""));
        execution.setVariable("panelUsers", String.join(",", users));
        execution.setVariable("panelSummary", memberIds.stream().map(rules::member).flatMap(java.util.Optional::stream)
                .map(m -> "- " + m.name() + " – " + m.description()).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    private static void refuseUnknown(PanelRules rules, List<String> ids, String[] fields) {
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isBlank() && rules.member(ids.get(i)).isEmpty()) {
                throw new ProcessEngineException(fields[i] + ": '" + ids.get(i)
                        + "' is not on the executive or board member rosters");
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
