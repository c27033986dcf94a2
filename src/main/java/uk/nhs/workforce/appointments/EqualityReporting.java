package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** G 39: the equalityReport of pools against appointees, for the SHA's Equality Impact Assessment. */
@Component("compileEqualityReport")
public class EqualityReporting implements JavaDelegate {

    private final AppointmentRoster roster;

    public EqualityReporting(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Appointee> team = CareTrustExperience.team(execution);
        Map<String, EqualityReport.Person> pooled = new LinkedHashMap<>();
        VariableValues.list(execution, "pooledEmployees").forEach(id -> roster.executive(id)
                .ifPresent(e -> pooled.put(id, new EqualityReport.Person(id, e.sex(), e.ethnicGroup()))));
        List<EqualityReport.Person> appointed = new ArrayList<>();
        for (Appointee a : team) {
            EqualityReport.Person p = new EqualityReport.Person(a.employeeId(), a.sex(), a.ethnicGroup());
            appointed.add(p);
            pooled.putIfAbsent(a.employeeId(), p); // external candidates came from open competition
        }
        EqualityReport report = EqualityReport.of(pooled.values(), appointed);
        execution.setVariable("equalityReport", VariableValues.json(report));
        execution.setVariable("equalitySummary", summary(report));
    }

    static String summary(EqualityReport r) {
        return "| | pooled | appointed |\n|---|---|---|\n"
                + "| people | " + r.pooled().total() + " | " + r.appointed().total() + " |\n"
                + "| women | " + r.pooled().bySex().get(uk.nhs.workforce.rosters.Sex.F) + " (" + pct(r.pooled().womenShare()) + ") | "
                + r.appointed().bySex().get(uk.nhs.workforce.rosters.Sex.F) + " (" + pct(r.appointed().womenShare()) + ") |\n"
                + "| BME | " + pct(r.pooled().bmeShare()) + " | " + pct(r.appointed().bmeShare()) + " |\n\n"
                + (r.womenRepresentationLessened() ? "**Women are less represented among appointees than in the pools.** " : "")
                + (r.bmeRepresentationLessened() ? "**BME people are less represented among appointees than in the pools.**" : "");
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
