package uk.nhs.workforce.appointments;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.ExecutiveRole;

/**
 * G 34: once consultation commences, every affected CE and Director (those holding posts in the
 * cluster's PCTs and care trusts) is declared "at risk" on the roster.
 */
@Component("declareAtRisk")
public class AtRiskDeclaration implements JavaDelegate {

    private final AppointmentRoster roster;

    public AtRiskDeclaration(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Footprint footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        PoolRoster pools = roster.poolRoster();
        List<String> affected = pools.executives().stream()
                .filter(PoolRoster::holdsSubstantivePost)
                .filter(e -> e.role() == ExecutiveRole.CHIEF_EXECUTIVE || e.role() == ExecutiveRole.DIRECTOR)
                .filter(e -> footprint.inCluster(pools.organisationOf(e)))
                .map(e -> e.employeeId())
                .toList();
        roster.markAtRisk(affected);
        execution.setVariable("atRiskEmployees", VariableValues.joined(affected));
    }
}
