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
    private final AppointmentRegister register;

    public AppointmentTaskChecks(AppointmentRoster roster, AppointmentRegister register) {
        this.roster = roster;
        this.register = register;
    }

    /** Shows on a per-PCT task (staff consultation, Accountable Officer) which PCT it is for. */
    public void describePct(DelegateTask task, String pctVariable, String nameVariable) {
        task.setVariableLocal(nameVariable, roster.organisationName(VariableValues.text(task, pctVariable)));
    }

    /**
     * G 7: the NHS CE signs off the cluster's configuration, never on a GP consortium's footprint. G 20:
     * where established arrangements exist, the same task records whether the NHS CE agrees with the SHA
     * that further change is required; if not, they are not revisited.
     */
    public void configurationSignOff(DelegateTask task) {
        String decision = oneOf(task, "configurationDecision", Set.of("APPROVED", "REJECTED"));
        String outcome = decision;
        if ("APPROVED".equals(decision) && !VariableValues.flag(task, "notConsortiumFootprint")) {
            throw refuse("notConsortiumFootprint: a cluster must not be on the same footprint as a GP commissioning"
                    + " consortium (G 7); confirm it is not before signing off");
        }
        if ("REJECTED".equals(decision)) {
            requireText(task, "configurationNotes");
        } else if (VariableValues.flag(task, "establishedArrangements")) {
            String change = oneOf(task, "furtherChangeRequired", Set.of("REQUIRED", "NOT_REQUIRED"));
            requireText(task, "configurationNotes");
            if ("NOT_REQUIRED".equals(change)) {
                outcome = "NOT_REVISITED";
            }
        }
        task.setVariable("configurationOutcome", outcome);
    }

    /**
     * G 19, G 21: the SHA consults its PCTs and the Regional Social Partnership Forum, records their views
     * and chooses the pooling option in their light (the start's option was only the proposal).
     */
    public void shaConsultation(DelegateTask task) {
        requireText(task, "pctViews");
        requireText(task, "forumViews");
        oneOf(task, "agreedPoolingOption", Set.of("CLUSTER_FIRST", "REGION_FIRST"));
    }

    /** Shows on each panel member's declaration task whose declaration it is. */
    public void describeDeclarant(DelegateTask task) {
        String user = VariableValues.text(task, "declaringUser");
        String member = memberOfUser(task, user);
        Footprint footprint = roster.footprint(VariableValues.text(task, "clusterCode"));
        task.setVariableLocal("declaringMemberName", roster.panelRules(footprint).member(member)
                .map(m -> m.name() + " – " + m.description()).orElse(user));
    }

    /**
     * Each panel member declares, on their first task, any conflict of interest with a pooled candidate
     * (or that they have none). A conflict is recorded (conflictsOfInterest) and sends the panel back for
     * a substitute.
     */
    public void declareConflicts(DelegateTask task) {
        boolean none = VariableValues.flag(task, "noConflictOfInterest");
        List<String> with = VariableValues.list(task, "conflictCandidates");
        Set<String> pooled = new java.util.HashSet<>();
        options(task.getVariable("judgedPoolOptions")).forEach(o -> pooled.add(o.get("value")));
        for (String id : with) {
            if (!pooled.contains(id)) {
                throw refuse("conflictCandidates: '" + id + "' is not a candidate in the pools this panel judges");
            }
        }
        if (none == !with.isEmpty()) {
            throw refuse(none ? "noConflictOfInterest: candidates are ticked, so untick 'I have no conflict of interest'"
                    : "conflictCandidates: tick the candidates you have a conflict of interest with, or tick that you have none");
        }
        if (with.isEmpty()) {
            return;
        }
        String nature = requireText(task, "conflictNature");
        String user = VariableValues.text(task, "declaringUser");
        String member = memberOfUser(task, user);
        var instance = task.getExecution().getProcessInstance();
        Map<String, Object> all = readMap(instance.getVariable("conflictsOfInterest"));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("userId", user);
        record.put("name", VariableValues.text(task, "declaringMemberName"));
        record.put("candidates", with);
        record.put("nature", nature);
        record.put("post", VariableValues.text(task, "postTitle"));
        all.put(member, record);
        instance.setVariable("conflictsOfInterest", VariableValues.json(all));
        instance.setVariable("conflictDeclared", true);
        String previous = VariableValues.text(instance, "panelProblems");
        String line = "- " + record.get("name") + " declared a conflict of interest with " + String.join(", ",
                options(task.getVariable("judgedPoolOptions")).stream().filter(o -> with.contains(o.get("value")))
                        .map(o -> o.get("label")).toList()) + " (" + nature + "): name a substitute";
        instance.setVariable("panelProblems", (previous == null || previous.isBlank()
                ? "**The panel was sent back:**\n\n" : previous + "\n") + line);
    }

    private static String memberOfUser(DelegateTask task, String user) {
        Object v = task.getVariable("panelMembersByUser");
        Map<String, Object> byUser = readMap(v);
        Object member = byUser.get(user);
        return member == null ? user : member.toString();
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
            var held = register.holding(id);
            if (held.isPresent()) {
                throw refuse("shortlistedCandidates: " + roster.executive(id).map(e -> e.name()).orElse(id) + " (" + id
                        + ") is already " + held.get().describe() + " and cannot be shortlisted (G 23, G 27)");
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
        task.setVariable("confirmedShortlist", VariableValues.joined(shortlisted));
        java.util.Set<String> all = new java.util.LinkedHashSet<>(VariableValues.list(task, "shortlistedEmployees"));
        all.addAll(shortlisted);
        task.setVariable("shortlistedEmployees", VariableValues.joined(List.copyOf(all)));
        task.setVariable("shortlistOptions", VariableValues.json(options));
        task.setVariable("shortlistSummary", options.stream().map(o -> "- " + o.get("label"))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /** G 26, G 29: national oversight approves or sends the appointment back to the panel with a reason. */
    public void oversight(DelegateTask task) {
        if ("REJECTED".equals(oneOf(task, "oversightDecision", Set.of("APPROVED", "REJECTED")))) {
            requireText(task, "oversightReason");
            // the preferred candidate is free again for other posts
            Appointee proposed = VariableValues.read(task, "provisionalAppointee", Appointee.class);
            if (proposed != null && !proposed.external()) {
                register.release(proposed.employeeId(), task.getProcessInstanceId(),
                        task.hasVariable("directorPost") ? VariableValues.text(task, "directorPost") : "CHIEF_EXECUTIVE");
            }
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
        String decision = oneOf(task, "boardDecision", Set.of("CONFIRMED", "NOT_CONFIRMED"));
        meetingDate(task);
        if ("NOT_CONFIRMED".equals(decision)) {
            String reason = requireText(task, "notConfirmedReason");
            var instance = task.getExecution().getProcessInstance();
            Map<String, Object> all = readMap(instance.getVariable("accountableOfficerDeclines"));
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("board", VariableValues.text(task, "boardName"));
            record.put("reason", reason);
            all.put(VariableValues.text(task, "boardPct"), record);
            instance.setVariable("accountableOfficerDeclines", VariableValues.json(all));
            instance.setVariable("accountableOfficerDeclined", true);
            instance.setVariable("accountableOfficerDeclineSummary", all.values().stream()
                    .map(r -> "- " + ((Map<?, ?>) r).get("board") + ": " + ((Map<?, ?>) r).get("reason"))
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }

    /**
     * G 15 not met: SHA HR and national oversight resolve a board's refusal to confirm the cluster CE
     * as its Accountable Officer: the board confirms after all, or the appointment is withdrawn.
     */
    public void resolveAccountableOfficer(DelegateTask task) {
        String resolution = oneOf(task, "accountableOfficerResolution", Set.of("CONFIRMED", "WITHDRAWN"));
        requireText(task, "resolutionNotes");
        if ("CONFIRMED".equals(resolution)) {
            meetingDate(task);
        } else {
            String ce = VariableValues.text(task, "appointedChiefExecutive");
            register.release(ce, task.getProcessInstanceId(), "CHIEF_EXECUTIVE");
        }
    }

    private static void meetingDate(DelegateTask task) {
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
        task.setVariableLocal("displacedAppointed", p.appointedTo() != null);
        task.setVariableLocal("displacedAppointedTo", p.appointedTo());
    }

    /** G 30, G 31: checks the displaced person's outcome and adds it to displacedOutcomes. */
    public void displacedOutcome(DelegateTask task) {
        DisplacedStaff.Person p = displacedPerson(task);
        String outcome = VariableValues.text(task, "displacedOutcome");
        if (p.appointedTo() != null && (outcome == null || outcome.isBlank())) {
            outcome = DisplacedStaff.Outcome.APPOINTED.name();
        }
        List<String> problems = DisplacedStaff.problems(p, outcome, VariableValues.flag(task, "alternativesExplored"),
                VariableValues.text(task, "redundancyReason"), VariableValues.text(task, "jointReviewNotes"),
                VariableValues.text(task, "outcomeDetails"));
        if (!problems.isEmpty()) {
            throw refuse(String.join("; ", problems));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", p.name());
        record.put("outcome", outcome);
        record.put("jointLaPost", p.jointLaPost());
        record.put("jointReviewNotes", VariableValues.text(task, "jointReviewNotes"));
        record.put("redundancyReason", VariableValues.text(task, "redundancyReason"));
        record.put("outcomeDetails", VariableValues.text(task, "outcomeDetails"));
        record.put("appointedTo", p.appointedTo());
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
