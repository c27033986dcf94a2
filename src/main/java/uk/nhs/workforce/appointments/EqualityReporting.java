package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.ExecutiveRole;
import uk.nhs.workforce.rosters.Sex;

/**
 * G 39: the equalityReport of previous post-holders, pools, shortlists and appointees for the SHA's
 * Equality Impact Assessment: the FINAL one once the team is appointed.
 */
@Component("compileEqualityReport")
public class EqualityReporting implements JavaDelegate {

    private final AppointmentRoster roster;

    public EqualityReporting(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        report(execution, "FINAL", CareTrustExperience.team(execution));
    }

    /** G 39: the DRAFT report, with the Chief Executive proposed for appointment, before national oversight. */
    @Component("draftEqualityReport")
    public static class Draft implements JavaDelegate {
        private final EqualityReporting reporting;

        public Draft(EqualityReporting reporting) {
            this.reporting = reporting;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Appointee proposed = VariableValues.read(execution, "provisionalAppointee", Appointee.class);
            reporting.report(execution, "DRAFT", proposed == null ? List.of() : List.of(proposed));
        }
    }

    void report(DelegateExecution execution, String status, List<Appointee> team) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PoolRoster pools = roster.poolRoster();
        List<EqualityReport.Person> before = pools.executives().stream()
                .filter(PoolRoster::holdsSubstantivePost)
                .filter(e -> e.role() == ExecutiveRole.CHIEF_EXECUTIVE || e.role() == ExecutiveRole.DIRECTOR)
                .filter(e -> footprint.inCluster(pools.organisationOf(e)))
                .map(e -> new EqualityReport.Person(e.employeeId(), e.sex(), e.ethnicGroup())).toList();
        Map<String, EqualityReport.Person> pooled = people(VariableValues.list(execution, "pooledEmployees"));
        Map<String, EqualityReport.Person> shortlisted = people(VariableValues.list(execution, "shortlistedEmployees"));
        for (Map<String, Object> a : CandidateOutcome.applicants(execution.getVariable("openCompetitionApplicants"))) {
            String id = a.get("employeeId") != null ? a.get("employeeId").toString() : "EXT:" + a.get("name");
            EqualityReport.Person p = new EqualityReport.Person(id, Sex.valueOf(a.get("sex").toString()),
                    EthnicGroup.valueOf(a.get("ethnicGroup").toString()));
            pooled.putIfAbsent(id, p);
            shortlisted.putIfAbsent(id, p);
        }
        List<EqualityReport.Person> appointed = new ArrayList<>();
        for (Appointee a : team) {
            appointed.add(new EqualityReport.Person(a.employeeId(), a.sex(), a.ethnicGroup()));
        }
        EqualityReport report = EqualityReport.of(status, before, pooled.values(), shortlisted.values(), appointed);
        execution.setVariable("equalityReport", VariableValues.json(report));
        execution.setVariable("equalitySummary", summary(report));
    }

    private Map<String, EqualityReport.Person> people(List<String> ids) {
        Map<String, EqualityReport.Person> byId = new LinkedHashMap<>();
        ids.forEach(id -> roster.executive(id)
                .ifPresent(e -> byId.put(id, new EqualityReport.Person(id, e.sex(), e.ethnicGroup()))));
        return byId;
    }

    static String summary(EqualityReport r) {
        return "**" + (r.status().equals("DRAFT") ? "Draft, before the Chief Executive is approved" : "Final") + "**\n\n"
                + "| | held the posts before | pooled | shortlisted | appointed |\n|---|---|---|---|---|\n"
                + "| people | " + r.previousPostHolders().total() + " | " + r.pooled().total() + " | "
                + r.shortlisted().total() + " | " + r.appointed().total() + " |\n"
                + "| women | " + women(r.previousPostHolders()) + " | " + women(r.pooled()) + " | " + women(r.shortlisted())
                + " | " + women(r.appointed()) + " |\n"
                + "| BME | " + pct(r.previousPostHolders().bmeShare()) + " | " + pct(r.pooled().bmeShare()) + " | "
                + pct(r.shortlisted().bmeShare()) + " | " + pct(r.appointed().bmeShare()) + " |\n\n"
                + (r.womenRepresentationLessened() ? "**Women are less represented among appointees than among those who held the posts before.** " : "")
                + (r.bmeRepresentationLessened() ? "**BME people are less represented among appointees than among those who held the posts before.**" : "");
    }

    private static String women(EqualityReport.Group g) {
        return g.bySex().get(Sex.F) + " (" + pct(g.womenShare()) + ")";
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
