package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Portfolio;

/**
 * Checks the panel the SHA named against G 25 (Chief Executive) or G 29 (a Director post). Refused
 * outright, the naming task staying open: an id that names nobody on the rosters, and a member who is
 * in a pool this panel judges or declared a conflict of interest with a pooled candidate. A panel that
 * breaks a composition rule goes back to the SHA with the reasons. Panel members become the candidate
 * users of the panel's tasks through their roster user id, and each declares conflicts of interest
 * first.
 */
@Component("checkPanel")
public class PanelCheck implements JavaDelegate {

    private final AppointmentRoster roster;
    private final CompetitionPools competition;

    public PanelCheck(AppointmentRoster roster, CompetitionPools competition) {
        this.roster = roster;
        this.competition = competition;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PanelRules rules = roster.panelRules(footprint);
        boolean director = execution.hasVariable("directorPost");
        CompetitionPools.Pools pools = competition.of(execution);
        String post = director ? VariableValues.text(execution, "postTitle") : "Chief Executive";
        Map<String, String> pooled = PanelIndependence.pools(post, CandidateList.ids(pools.stage1()),
                CandidateList.ids(pools.stage2()));
        Map<String, String> members = new LinkedHashMap<>();
        List<String> memberIds;
        List<String> problems;
        if (director) {
            String ce = VariableValues.text(execution, "appointedChiefExecutive");
            DirectorPanel panel = new DirectorPanel(VariableValues.text(execution, "chairId"), ce,
                    VariableValues.text(execution, "shaDirectorId"), VariableValues.text(execution, "otherAssessorId"));
            members.put("chairId", panel.chairId());
            members.put("shaDirectorId", panel.shaDirectorId());
            members.put("otherAssessorId", panel.otherAssessorId());
            refuseUnknown(rules, members);
            memberIds = panel.memberIds();
            problems = new ArrayList<>(rules.directorProblems(panel,
                    Portfolio.valueOf(VariableValues.text(execution, "directorPost")), ce));
        } else {
            Map<String, String> representations;
            try {
                representations = CePanel.representations(VariableValues.list(execution, "representations"));
            } catch (IllegalArgumentException e) {
                throw new ProcessEngineException(e.getMessage(), e);
            }
            CePanel panel = new CePanel(VariableValues.text(execution, "assessorId"),
                    VariableValues.flag(execution, "assessorIsNominatedDeputy"),
                    VariableValues.text(execution, "furtherAssessorId"),
                    VariableValues.list(execution, "chairRepresentativeIds"),
                    VariableValues.text(execution, "chairAbsenceReason"), representations);
            members.put("assessorId", panel.assessorId());
            members.put("furtherAssessorId", panel.furtherAssessorId());
            refuseUnknown(rules, members);
            List<String> unknownChairs = rules.unknownMembers(panel.chairRepresentativeIds());
            if (!unknownChairs.isEmpty()) {
                throw new ProcessEngineException("chairRepresentativeIds: " + unknownChairs
                        + " not on the executive or board member rosters");
            }
            memberIds = panel.memberIds();
            problems = new ArrayList<>(rules.ceProblems(panel));
        }
        Map<String, List<String>> conflicts = conflicts(execution);
        for (String id : memberIds) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put(fieldOf(members, id), id);
            PanelIndependence.refusal(one, pooled, conflicts, i -> name(rules, i)).ifPresent(message -> {
                throw new ProcessEngineException(message);
            });
        }
        Map<String, String> memberByUser = new LinkedHashMap<>();
        for (String id : memberIds) {
            Optional<PanelMember> m = rules.member(id);
            if (m.isEmpty()) {
                continue; // an external cluster CE from open competition is not on the rosters yet
            }
            // a member without a login gets no tasks (nor a declaration task): the roster should give them one
            if (m.get().userId() != null && !m.get().userId().isBlank()) {
                memberByUser.putIfAbsent(m.get().userId(), id);
            }
        }
        if (memberByUser.isEmpty()) {
            problems.add("Panel: no panel member has a login (user_id on the roster), so nobody could work the panel's tasks");
        }
        execution.setVariable("panelLawful", problems.isEmpty());
        execution.setVariable("panelProblems", problems.isEmpty() ? null
                : "**The panel was sent back:**\n\n" + problems.stream().map(p -> "- " + p).reduce((a, b) -> a + "\n" + b).orElse(""));
        execution.setVariable("panelUsers", String.join(",", memberByUser.keySet()));
        execution.setVariable("panelMembersByUser", VariableValues.json(memberByUser));
        execution.setVariable("conflictDeclared", false);
        List<Executive> judged = new ArrayList<>(pools.stage1());
        pools.stage2().stream().filter(e -> !judged.contains(e)).forEach(judged::add);
        execution.setVariable("judgedPoolOptions", VariableValues.json(CandidateList.options(judged, pools.roster())));
        execution.setVariable("panelSummary", memberIds.stream().map(rules::member).flatMap(Optional::stream)
                .map(m -> "- " + m.name() + " – " + m.description()).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** Recorded conflicts of interest: panel member id to the candidates they declared a conflict with. */
    static Map<String, List<String>> conflicts(DelegateExecution execution) {
        Object v = execution.getVariable("conflictsOfInterest");
        if (v == null) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Map<String, Object>> records = VariableValues.JSON.readValue(v.toString(),
                    new TypeReference<LinkedHashMap<String, Map<String, Object>>>() { });
            Map<String, List<String>> byMember = new LinkedHashMap<>();
            records.forEach((member, record) -> byMember.put(member, VariableValues.list(record.get("candidates"))));
            return byMember;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("conflictsOfInterest unreadable", e);
        }
    }

    private static String fieldOf(Map<String, String> members, String id) {
        return members.entrySet().stream().filter(e -> id.equals(e.getValue())).map(Map.Entry::getKey).findFirst()
                .orElse("chairRepresentativeIds");
    }

    private static String name(PanelRules rules, String id) {
        return rules.member(id).map(m -> m.name() + " (" + id + ")").orElse(id);
    }

    private static void refuseUnknown(PanelRules rules, Map<String, String> members) {
        members.forEach((field, id) -> {
            if (id != null && !id.isBlank() && rules.member(id).isEmpty()) {
                throw new ProcessEngineException(field + ": '" + id + "' is not on the executive or board member rosters");
            }
        });
    }
}
