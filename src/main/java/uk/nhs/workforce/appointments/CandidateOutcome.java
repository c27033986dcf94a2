package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import uk.nhs.workforce.rosters.Executive;

/**
 * Records the panel's outcome for each interviewed candidate (stages 1-2) or for the open competition
 * (stage 3), and reserves the preferred candidate for the post in the region-wide register (G 23,
 * G 27: one person, one post). Runs in the transaction of the panel's task, so a refusal leaves the
 * task open and nothing written.
 */
@Component("recordCandidateOutcome")
public class CandidateOutcome implements JavaDelegate {

    private final AppointmentRoster roster;
    private final AppointmentRegister register;

    public CandidateOutcome(AppointmentRoster roster, AppointmentRegister register) {
        this.roster = roster;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int stage = ((Number) execution.getVariable("stage")).intValue();
        String post = post(execution);
        execution.setVariable("postNotFilled", false);
        Appointee proposed = stage >= 3 ? openCompetition(execution, post) : interview(execution, post, stage);
        if (proposed != null && !proposed.external()) {
            try {
                register.reserve(new AppointmentRegister.Holding(proposed.employeeId(),
                        roster.footprint(VariableValues.text(execution, "clusterCode")).regionCode(),
                        VariableValues.text(execution, "clusterCode"), post, VariableValues.text(execution, "postTitle"),
                        AppointmentRegister.Status.RESERVED, execution.getProcessInstanceId()), proposed.name());
            } catch (AppointmentRegister.PostTaken e) {
                throw new ProcessEngineException((stage >= 3 ? "preferredExternalCandidate: " : "preferredCandidate: ")
                        + e.getMessage(), e);
            }
        }
        execution.setVariable("appointable", proposed != null);
        execution.setVariable("provisionalAppointee", proposed == null ? null : VariableValues.json(proposed));
        execution.setVariable("provisionalAppointeeName", proposed == null ? null
                : proposed.name() + " (" + proposed.organisation() + ")");
    }

    static String post(DelegateExecution execution) {
        return execution.hasVariable("directorPost") ? VariableValues.text(execution, "directorPost") : "CHIEF_EXECUTIVE";
    }

    private Appointee interview(DelegateExecution execution, String post, int stage) {
        List<String> shortlisted = VariableValues.list(execution, "shortlistedCandidates");
        List<String> confirmed = VariableValues.list(execution, "confirmedShortlist");
        List<String> pool = VariableValues.list(execution, "currentPool");
        // the shortlist is settled at shortlisting, from this stage's pool: no later task may change it
        for (String id : shortlisted) {
            if (!confirmed.contains(id) || !pool.contains(id)) {
                throw new ProcessEngineException("shortlistedCandidates: '" + id + "' was not shortlisted from this"
                        + " stage's pool; the shortlist is settled at shortlisting");
            }
        }
        if (!Set.copyOf(shortlisted).equals(Set.copyOf(confirmed))) {
            throw new ProcessEngineException("shortlistedCandidates: the shortlist is settled at shortlisting and cannot"
                    + " be changed at the interview");
        }
        List<String> appointable = VariableValues.list(execution, "appointableCandidates");
        String preferred = VariableValues.text(execution, "preferredCandidate");
        for (String id : appointable) {
            if (!confirmed.contains(id)) {
                throw new ProcessEngineException("appointableCandidates: '" + id + "' was not shortlisted");
            }
        }
        if (appointable.isEmpty()) {
            if (preferred != null && !preferred.isBlank()) {
                throw new ProcessEngineException("preferredCandidate: no candidate was found appointable, so none can be preferred");
            }
        } else if (preferred == null || !appointable.contains(preferred)) {
            throw new ProcessEngineException("preferredCandidate: choose the preferred candidate from those found appointable");
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        confirmed.forEach(id -> outcomes.put(id, id.equals(preferred) ? "PREFERRED"
                : appointable.contains(id) ? "APPOINTABLE" : "NOT_APPOINTABLE"));
        execution.setVariable("candidateOutcomes", VariableValues.json(outcomes));
        if (appointable.isEmpty()) {
            return null;
        }
        Executive e = roster.executive(preferred).orElseThrow(() ->
                new ProcessEngineException("preferredCandidate: '" + preferred + "' is not on the executives roster"));
        return Appointee.pooled(post, e, roster.organisationName(e.organisationCode()), stage);
    }

    private Appointee openCompetition(DelegateExecution execution, String post) {
        String outcome = VariableValues.text(execution, "openCompetitionOutcome");
        if (!List.of("APPOINTABLE", "READVERTISE", "NOT_FILLED").contains(outcome)) {
            throw new ProcessEngineException("openCompetitionOutcome: must be APPOINTABLE, READVERTISE or NOT_FILLED");
        }
        List<OpenCompetitionCandidates.Candidate> candidates;
        try {
            candidates = OpenCompetitionCandidates.parse(VariableValues.text(execution, "openCompetitionCandidates"),
                    roster::executive, roster::organisationName);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        recordApplicants(execution, candidates);
        if ("NOT_FILLED".equals(outcome)) {
            String reason = required(execution, "notFilledReason", "why the post is not filled");
            String interim = required(execution, "interimArrangement", "the interim arrangement for the post");
            execution.setVariable("postNotFilled", true);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("post", post);
            record.put("reason", reason);
            record.put("interimArrangement", interim);
            execution.setVariable("notFilled", VariableValues.json(record));
            return null;
        }
        if ("READVERTISE".equals(outcome)) {
            return null;
        }
        if (candidates.isEmpty()) {
            throw new ProcessEngineException("openCompetitionCandidates: list the candidates interviewed, one a line");
        }
        String preferred = VariableValues.text(execution, "preferredExternalCandidate");
        OpenCompetitionCandidates.Candidate c = OpenCompetitionCandidates.find(candidates, preferred).orElseThrow(() ->
                new ProcessEngineException("preferredExternalCandidate: '" + preferred + "' is not one of the candidates"
                        + " listed"));
        if (c.employeeId() != null) {
            Executive e = roster.executive(c.employeeId()).orElseThrow();
            return Appointee.pooled(post, e, roster.organisationName(e.organisationCode()), 3);
        }
        // not on the roster yet: a reference that says so, until the roster gives them an employee id
        String id = "EXT-" + VariableValues.text(execution, "clusterCode") + "-" + post + "-" + (candidates.indexOf(c) + 1);
        return new Appointee(post, id, c.name(), c.organisation(), c.sex(), c.ethnicGroup(),
                VariableValues.flag(execution, "externalLaHealthExperience"), true, 3);
    }

    /** Everyone who applied at stage 3, for the equality report (G 39). */
    private static void recordApplicants(DelegateExecution execution, List<OpenCompetitionCandidates.Candidate> candidates) {
        List<Map<String, Object>> all = new ArrayList<>(applicants(execution.getVariable("openCompetitionApplicants")));
        Set<String> seen = new LinkedHashSet<>();
        all.forEach(a -> seen.add(String.valueOf(a.get("name")).toLowerCase()));
        for (OpenCompetitionCandidates.Candidate c : candidates) {
            if (seen.add(c.name().toLowerCase())) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", c.name());
                a.put("employeeId", c.employeeId());
                a.put("sex", c.sex().name());
                a.put("ethnicGroup", c.ethnicGroup().name());
                all.add(a);
            }
        }
        execution.setVariable("openCompetitionApplicants", VariableValues.json(all));
    }

    static List<Map<String, Object>> applicants(Object json) {
        if (json == null) {
            return List.of();
        }
        try {
            return VariableValues.JSON.readValue(json.toString(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("openCompetitionApplicants unreadable", e);
        }
    }

    private static String required(DelegateExecution execution, String name, String what) {
        String v = VariableValues.text(execution, name);
        if (v == null || v.isBlank()) {
            throw new ProcessEngineException(name + ": give " + what);
        }
        return v;
    }
}
