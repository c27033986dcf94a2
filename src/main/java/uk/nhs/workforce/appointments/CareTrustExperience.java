package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A 3.3: with a care trust in the cluster, does the executive team include local authority health experience? */
@Component("checkCareTrustExperience")
public class CareTrustExperience implements JavaDelegate {

    private final AppointmentRoster roster;

    public CareTrustExperience(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        CareTrustExperienceCheck.Result result = CareTrustExperienceCheck.check(footprint, team(execution));
        execution.setVariable("laExperienceGap", result.gap());
        execution.setVariable("laExperienceSummary", result.careTrusts().isEmpty()
                ? "No care trust in the cluster."
                : "Care trusts: " + String.join(", ", result.careTrusts()) + " (local authorities "
                + String.join(", ", result.localAuthorities().stream().map(roster::organisationName).toList()) + "). "
                + (result.gap() ? "Nobody in the executive team has experience of the local authority's health-related functions."
                : "Experienced: " + String.join(", ", result.experiencedMembers()) + "."));
    }

    static List<Appointee> team(DelegateExecution execution) {
        List<Appointee> team = new ArrayList<>();
        Appointee ce = VariableValues.read(execution, "ceAppointee", Appointee.class);
        if (ce != null) {
            team.add(ce);
        }
        team.addAll(DirectorAppointmentCollector.readAppointments(execution.getProcessInstance()).values());
        return team;
    }
}
