package uk.nhs.workforce.appointments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Sex;

/**
 * Records the panel's outcome for each interviewed candidate (stages 1-2) or for the open competition
 * (stage 3), and the candidate proposed for appointment if any. Runs in the transaction of the
 * panel's task, so a refusal leaves the task open.
 */
@Component("recordCandidateOutcome")
public class CandidateOutcome implements JavaDelegate {

    private final AppointmentRoster roster;

    public CandidateOutcome(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int stage = ((Number) execution.getVariable("stage")).intValue();
        String post = execution.hasVariable("directorPost") ? VariableValues.text(execution, "directorPost") : "CHIEF_EXECUTIVE";
        Appointee proposed = stage >= 3 ? openCompetition(execution, post) : interview(execution, post, stage);
        execution.setVariable("appointable", proposed != null);
        execution.setVariable("provisionalAppointee", proposed == null ? null : VariableValues.json(proposed));
        execution.setVariable("provisionalAppointeeName", proposed == null ? null
                : proposed.name() + " (" + proposed.organisation() + ")");
    }

    private Appointee interview(DelegateExecution execution, String post, int stage) {
        List<String> shortlisted = VariableValues.list(execution, "shortlistedCandidates");
        List<String> appointable = VariableValues.list(execution, "appointableCandidates");
        String preferred = VariableValues.text(execution, "preferredCandidate");
        for (String id : appointable) {
            if (!shortlisted.contains(id)) {
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
        shortlisted.forEach(id -> outcomes.put(id, id.equals(preferred) ? "PREFERRED"
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
        if (!"APPOINTABLE".equals(outcome) && !"NOT_APPOINTABLE".equals(outcome)) {
            throw new ProcessEngineException("openCompetitionOutcome: must be APPOINTABLE or NOT_APPOINTABLE");
        }
        if ("NOT_APPOINTABLE".equals(outcome)) {
            return null;
        }
        String name = required(execution, "externalCandidateName");
        String organisation = required(execution, "externalCandidateOrganisation");
        Sex sex = enumValue(Sex.class, execution, "externalCandidateSex");
        EthnicGroup ethnicGroup = enumValue(EthnicGroup.class, execution, "externalCandidateEthnicGroup");
        String id = "EXT-" + VariableValues.text(execution, "clusterCode") + "-" + post;
        return new Appointee(post, id, name, organisation, sex, ethnicGroup,
                VariableValues.flag(execution, "externalLaHealthExperience"), true, 3);
    }

    private static String required(DelegateExecution execution, String name) {
        String v = VariableValues.text(execution, name);
        if (v == null || v.isBlank()) {
            throw new ProcessEngineException(name + ": required for the open competition's successful candidate");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, DelegateExecution execution, String name) {
        String v = required(execution, name);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(name + ": '" + v + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
