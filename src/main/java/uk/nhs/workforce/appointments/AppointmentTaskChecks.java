package uk.nhs.workforce.appointments;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Server-side checks of the user tasks' answers (task listeners on complete): a Camunda Form only
 * validates in the browser, so whatever must hold is checked again here. A refusal names the field
 * and, being thrown inside the completion, leaves the task open.
 */
@Component("appointmentTaskChecks")
public class AppointmentTaskChecks {

    private final AppointmentRoster roster;

    public AppointmentTaskChecks(AppointmentRoster roster) {
        this.roster = roster;
    }

    /** Shows on a per-PCT task (staff consultation, Accountable Officer) which PCT it is for. */
    public void describePct(DelegateTask task, String pctVariable, String nameVariable) {
        task.setVariableLocal(nameVariable, roster.organisationName(VariableValues.text(task, pctVariable)));
    }

    /** G 7: the NHS CE signs off the cluster's configuration, never on a GP consortium's footprint. */
    public void configurationSignOff(DelegateTask task) {
        String decision = oneOf(task, "configurationDecision", Set.of("APPROVED", "REJECTED"));
        if ("APPROVED".equals(decision) && !VariableValues.flag(task, "notConsortiumFootprint")) {
            throw refuse("notConsortiumFootprint: a cluster must not be on the same footprint as a GP commissioning"
                    + " consortium (G 7); confirm it is not before signing off");
        }
        if ("REJECTED".equals(decision)) {
            requireText(task, "configurationNotes");
        }
    }

    /** G 21: the SHA consults its PCTs and the Regional Social Partnership Forum on the pooling option. */
    public void shaConsultation(DelegateTask task) {
        requireTrue(task, "pctsConsulted", "the PCTs must be consulted on the pooling option (G 21)");
        requireTrue(task, "forumConsulted", "the Regional Social Partnership Forum must be consulted (G 19, G 21)");
    }

    /** G 22: each PCT employer consults affected staff and their trade unions. */
    public void staffConsultation(DelegateTask task) {
        requireTrue(task, "staffConsulted", "affected staff must be consulted (G 22)");
        requireTrue(task, "unionsConsulted", "the trade unions must be consulted (G 22)");
    }

    /** The panel's shortlist: only pooled candidates, and either some or an explicit "none". */
    public void shortlist(DelegateTask task) {
        List<String> pool = VariableValues.list(task, "currentPool");
        List<String> shortlisted = VariableValues.list(task, "shortlistedCandidates");
        boolean none = VariableValues.flag(task, "noneShortlisted");
        for (String id : shortlisted) {
            if (!pool.contains(id)) {
                throw refuse("shortlistedCandidates: '" + id + "' is not in this stage's pool");
            }
        }
        if (shortlisted.isEmpty() && !none) {
            throw refuse("shortlistedCandidates: tick the candidates to shortlist, or tick that nobody is shortlisted");
        }
        if (!shortlisted.isEmpty() && none) {
            throw refuse("noneShortlisted: candidates are ticked, so untick 'nobody is shortlisted'");
        }
        List<Map<String, String>> options = new ArrayList<>();
        for (Map<String, String> option : options(task.getVariable("candidateOptions"))) {
            if (shortlisted.contains(option.get("value"))) {
                options.add(option);
            }
        }
        task.setVariable("shortlistCount", shortlisted.size());
        task.setVariable("shortlistOptions", VariableValues.json(options));
        task.setVariable("shortlistSummary", options.stream().map(o -> "- " + o.get("label"))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** G 26, G 29: national oversight approves or sends the appointment back to the panel with a reason. */
    public void oversight(DelegateTask task) {
        if ("REJECTED".equals(oneOf(task, "oversightDecision", Set.of("APPROVED", "REJECTED")))) {
            requireText(task, "oversightReason");
        }
    }

    /** G 35: HM Treasury approves the salary or asks for it to be renegotiated. */
    public void treasury(DelegateTask task) {
        if ("RENEGOTIATE".equals(oneOf(task, "treasuryDecision", Set.of("APPROVED", "RENEGOTIATE")))) {
            requireText(task, "treasuryNotes");
        }
    }

    /** G 15: each constituent PCT board confirms the cluster CE as its Accountable Officer. */
    public void accountableOfficer(DelegateTask task) {
        requireTrue(task, "boardConfirmed", "the board's confirmation of the Accountable Officer is required (G 15)");
        String date = requireText(task, "boardMeetingDate");
        try {
            LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            throw refuse("boardMeetingDate: a date (YYYY-MM-DD) is required, was '" + date + "'");
        }
    }

    /** A 3.3: how the SHA closes the gap in local authority health experience. */
    public void laExperienceGap(DelegateTask task) {
        requireText(task, "laExperienceLead");
        requireText(task, "laGapResolution");
    }

    /** G 39: the Equality Impact Assessment's findings and actions. */
    public void equalityImpact(DelegateTask task) {
        requireText(task, "eiaFindings");
        requireText(task, "eiaActions");
    }

    /** Shows the displaced person's details on their task (G 30, G 31). */
    public void describeDisplaced(DelegateTask task) {
        DisplacedStaff.Person p = displacedPerson(task);
        task.setVariableLocal("displacedName", p.name());
        task.setVariableLocal("displacedRole", p.role() + ", " + p.organisation());
        task.setVariableLocal("displacedJointLaPost", p.jointLaPost());
    }

    /** G 30, G 31: checks the displaced person's outcome and adds it to displacedOutcomes. */
    public void displacedOutcome(DelegateTask task) {
        DisplacedStaff.Person p = displacedPerson(task);
        String outcome = VariableValues.text(task, "displacedOutcome");
        List<String> problems = DisplacedStaff.problems(p, outcome, VariableValues.flag(task, "alternativesExplored"),
                VariableValues.text(task, "redundancyReason"), VariableValues.text(task, "jointReviewNotes"));
        if (!problems.isEmpty()) {
            throw refuse(String.join("; ", problems));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", p.name());
        record.put("outcome", outcome);
        record.put("jointLaPost", p.jointLaPost());
        record.put("jointReviewNotes", VariableValues.text(task, "jointReviewNotes"));
        record.put("redundancyReason", VariableValues.text(task, "redundancyReason"));
        Map<String, Object> all = readMap(task.getExecution().getProcessInstance().getVariable("displacedOutcomes"));
        all.put(p.employeeId(), record);
        task.getExecution().getProcessInstance().setVariable("displacedOutcomes", VariableValues.json(all));
    }

    private static DisplacedStaff.Person displacedPerson(DelegateTask task) {
        String id = VariableValues.text(task, "displacedEmployeeId");
        Object details = task.getVariable("displacedStaffDetails");
        try {
            Map<String, DisplacedStaff.Person> byId = VariableValues.JSON.readValue(String.valueOf(details),
                    new TypeReference<Map<String, DisplacedStaff.Person>>() { });
            DisplacedStaff.Person p = byId.get(id);
            if (p == null) {
                throw refuse("displacedEmployeeId: '" + id + "' is not among the displaced staff");
            }
            return p;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("displacedStaffDetails unreadable", e);
        }
    }

    private static Map<String, Object> readMap(Object json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return VariableValues.JSON.readValue(String.valueOf(json), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> options(Object json) {
        List<Map<String, String>> out = new ArrayList<>();
        if (json instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(e -> {
                Map<String, String> o = new LinkedHashMap<>();
                o.put("label", e.prop("label").stringValue());
                o.put("value", e.prop("value").stringValue());
                out.add(o);
            });
        }
        return out;
    }

    private static String oneOf(DelegateTask task, String name, Set<String> allowed) {
        String v = VariableValues.text(task, name);
        if (v == null || !allowed.contains(v)) {
            throw refuse(name + ": must be one of " + allowed.stream().sorted().toList() + ", was '" + v + "'");
        }
        return v;
    }

    private static void requireTrue(DelegateTask task, String name, String why) {
        if (!VariableValues.flag(task, name)) {
            throw refuse(name + ": " + why);
        }
    }

    private static String requireText(DelegateTask task, String name) {
        String v = VariableValues.text(task, name);
        if (v == null || v.isBlank()) {
            throw refuse(name + ": required");
        }
        return v;
    }

    private static ProcessEngineException refuse(String message) {
        return new ProcessEngineException(message);
    }
}
