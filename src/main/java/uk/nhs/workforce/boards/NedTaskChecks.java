package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the ned-rationalisation user tasks on {@code complete} (forms validate only in the
 * browser). A refusal throws, which rolls the completion back and leaves the task open, with a message
 * naming the field.
 */
@Component("nedTaskChecks")
public class NedTaskChecks implements TaskListener {

    /** A 3.3–3.5: the principles the SHA assesses a proposal against; approval needs every one met. */
    static final List<String> PRINCIPLES = List.of("principleComplyWithStatute", "principleOperationalContext",
            "principleSupportsExecutiveTeam", "principleEffective", "principleProportional", "principleLocallyDetermined",
            "principleClearDecisionMaking", "principleTimely", "principleFairAndTransparent");

    static final Set<String> SELECTION_METHODS = Set.of("MUTUAL_AGREEMENT", "INTERVIEW", "PAPER_ASSESSMENT");

    /** A 3.3, 5.5: a PCT board always keeps publishing its own annual report and accounts. */
    static final String ANNUAL_REPORT = "Publishing its own annual report and accounts (A 3.3, 5.5)";

    private final CompositionVariables variables;

    public NedTaskChecks(CompositionVariables variables) {
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_ChooseGovernanceModel" -> governanceModel(task);
            case "Task_ShaAssessment" -> shaAssessment(task);
            case "Task_CommissionAgreement" -> decision(task, "commissionDecision", "AGREED", "commissionComments");
            case "Task_RecordSelection" -> selection(task);
            case "Task_DiscussOfficeHolders" -> officeHolders(task);
            case "Task_CommissionAppoints" -> commissionDecisions(task);
            case "Task_SchemeOfDelegation" -> schemes(task);
            case "Task_EqualityImpactAssessment" -> equality(task);
            default -> throw new IllegalStateException("no checks for task " + task.getTaskDefinitionKey());
        }
    }

    private void governanceModel(DelegateTask task) {
        String model = required(task, "governanceModel");
        try {
            task.setVariable("governanceModelName", GovernanceModel.valueOf(model).label());
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("governanceModel must be one of MODEL_1, MODEL_2, MODEL_3, MODEL_4, OTHER");
        }
        if (model.equals("OTHER")) {
            required(task, "governanceModelDescription");
        }
        required(task, "modelRationale");
    }

    private void shaAssessment(DelegateTask task) {
        String decision = decision(task, "shaDecision", "APPROVED", "shaComments");
        if (decision.equals("APPROVED")) {
            for (String principle : PRINCIPLES) {
                if (!Boolean.TRUE.equals(task.getVariable(principle))) {
                    throw new ProcessEngineException(principle + " is not confirmed: the SHA approves only a proposal that meets "
                            + "every principle of A 3.3–3.5; otherwise send it back");
                }
            }
        }
    }

    /** A decision field that is {@code yes} or SENT_BACK; sending back needs comments. */
    private String decision(DelegateTask task, String field, String yes, String comments) {
        String decision = required(task, field);
        if (!decision.equals(yes) && !decision.equals("SENT_BACK")) {
            throw new ProcessEngineException(field + " must be " + yes + " or SENT_BACK");
        }
        if (decision.equals("SENT_BACK")) {
            required(task, comments);
        }
        return decision;
    }

    private void selection(DelegateTask task) {
        List<Map<String, Object>> rows = withIdentity(task, "selections", "personId", "name", "boards");
        for (int i = 0; i < rows.size(); i++) {
            Object method = rows.get(i).get("method");
            if (method == null || !SELECTION_METHODS.contains(method.toString())) {
                throw new ProcessEngineException("selections row " + (i + 1) + who(rows.get(i)) + ": method must be MUTUAL_AGREEMENT, INTERVIEW or PAPER_ASSESSMENT (A 5.2)");
            }
            Object outcome = rows.get(i).get("outcome");
            if (!"APPOINTED".equals(outcome) && !"NOT_APPOINTED".equals(outcome)) {
                throw new ProcessEngineException("selections row " + (i + 1) + who(rows.get(i)) + ": outcome must be APPOINTED or NOT_APPOINTED (A 5.2)");
            }
        }
    }

    private void officeHolders(DelegateTask task) {
        List<Map<String, Object>> rows = withIdentity(task, "officeHolders", "personId", "name", "boards");
        boolean termination = false;
        for (int i = 0; i < rows.size(); i++) {
            String outcome = CompositionVariables.text(rows.get(i).get("outcome"));
            OfficeHolders.Outcome chosen;
            try {
                chosen = OfficeHolders.Outcome.valueOf(String.valueOf(outcome));
            } catch (IllegalArgumentException e) {
                throw new ProcessEngineException("officeHolders row " + (i + 1) + who(rows.get(i))
                        + ": outcome (Outcome) must be ALTERNATIVE_CONTRIBUTION, RESIGNATION or TERMINATION (A 5.3)");
            }
            termination |= chosen == OfficeHolders.Outcome.TERMINATION;
            if (CompositionVariables.text(rows.get(i).get("discussion")) == null) {
                throw new ProcessEngineException("officeHolders row " + (i + 1) + who(rows.get(i))
                        + ": discussion (Discussion held and its result) is required (A 5.3)");
            }
            // the Commission's termination form shows the outcome in words
            rows.get(i).put("outcomeName", chosen.label());
        }
        task.setVariable("officeHolders", variables.json(rows));
        task.setVariable("terminationProposed", termination);
        // A 5.3: the Commission decides each proposed termination on its own
        Object proposed = variables.json(rows.stream().filter(r -> "TERMINATION".equals(r.get("outcome"))).map(r -> {
            Map<String, Object> t = new java.util.LinkedHashMap<>();
            t.put("personId", r.get("personId"));
            t.put("name", r.get("name"));
            t.put("boards", r.get("boards"));
            t.put("discussion", r.get("discussion"));
            t.put("decision", "");
            return t;
        }).toList());
        task.setVariable("proposedTerminations", proposed);
        task.setVariable("proposedTerminationsFor", proposed);
    }

    /** A 3.5, 5.3, 5.4: the Commission decides each proposed appointment and each proposed termination. */
    private void commissionDecisions(DelegateTask task) {
        boolean declined = false;
        boolean terminated = false;
        if (task.getVariable("proposedAppointments") != null) {
            List<Map<String, Object>> rows = withIdentity(task, "proposedAppointments", "personId", "name", "boards", "source");
            for (int i = 0; i < rows.size(); i++) {
                Object d = rows.get(i).get("decision");
                if (!"APPOINT".equals(d) && !"DECLINE".equals(d)) {
                    throw new ProcessEngineException("proposedAppointments row " + (i + 1) + who(rows.get(i)) + ": decision must be APPOINT or DECLINE (A 3.5)");
                }
                declined |= "DECLINE".equals(d);
            }
        }
        if (task.getVariable("proposedTerminations") != null) {
            List<Map<String, Object>> rows = withIdentity(task, "proposedTerminations", "personId", "name", "boards", "discussion");
            for (int i = 0; i < rows.size(); i++) {
                Object d = rows.get(i).get("decision");
                if (!"TERMINATE".equals(d) && !"DECLINE".equals(d)) {
                    throw new ProcessEngineException("proposedTerminations row " + (i + 1) + who(rows.get(i)) + ": decision must be TERMINATE or DECLINE (A 5.3)");
                }
                declined |= "DECLINE".equals(d);
                terminated |= "TERMINATE".equals(d);
            }
        }
        if (terminated) {
            try {
                LocalDate.parse(required(task, "terminationDate").substring(0, 10));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new ProcessEngineException("terminationDate must be a date (YYYY-MM-DD)");
            }
        }
        if (declined) {
            required(task, "commissionDecisionNotes");
        }
    }

    private void schemes(DelegateTask task) {
        List<Map<String, Object>> rows = withIdentity(task, "schemesOfDelegation", "code", "board");
        for (Map<String, Object> row : rows) {
            String retained = CompositionVariables.text(row.get("retainedFunctions"));
            if (retained == null) {
                row.put("retainedFunctions", ANNUAL_REPORT);
            } else if (!retained.toLowerCase(java.util.Locale.ROOT).contains("annual report")) {
                row.put("retainedFunctions", retained + "; " + ANNUAL_REPORT);
            }
        }
        task.setVariable("schemesOfDelegation", variables.json(rows));
        for (int i = 0; i < rows.size(); i++) {
            for (String field : List.of("delegatedFunctions", "accountability")) {
                if (CompositionVariables.text(rows.get(i).get(field)) == null) {
                    throw new ProcessEngineException("schemesOfDelegation row " + (i + 1) + " (" + rows.get(i).get("board")
                            + "): " + field + " is required (A 5.5)");
                }
            }
        }
    }

    private void equality(DelegateTask task) {
        required(task, "eiaFindings");
        if (Boolean.TRUE.equals(task.getVariable("equalityShareFalls"))) {
            required(task, "eiaMitigation");
        }
    }

    /**
     * The submitted rows of a list with the identity fields (who or which board a row is about) put back from
     * the copy written with it: Tasklist submits only a dynamic list's form fields, so those come back missing.
     * Rows are matched by position, which the forms keep (no rows added or removed).
     */
    private List<Map<String, Object>> withIdentity(DelegateTask task, String variable, String... identity) {
        List<Map<String, Object>> rows = variables.list(task.getVariable(variable), variable);
        Object copy = task.getVariable(variable + "For");
        if (copy == null) {
            return rows;
        }
        List<Map<String, Object>> original = variables.list(copy, variable + "For");
        if (original.size() != rows.size()) {
            throw new ProcessEngineException(variable + " must keep its " + original.size() + " rows; rows cannot be added or removed");
        }
        List<Map<String, Object>> merged = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(rows.get(i));
            for (String field : identity) {
                row.put(field, original.get(i).get(field));
            }
            merged.add(row);
        }
        task.setVariable(variable, variables.json(merged));
        return merged;
    }

    /** The person a list row is about, so a refusal in Tasklist says whose row to fix. */
    private static String who(Map<String, Object> row) {
        Object name = row.get("name");
        return name == null ? "" : " (" + name + ")";
    }

    private static String required(DelegateTask task, String field) {
        String value = CompositionVariables.text(task.getVariable(field));
        if (value == null) {
            throw new ProcessEngineException(field + " is required");
        }
        return value;
    }
}
