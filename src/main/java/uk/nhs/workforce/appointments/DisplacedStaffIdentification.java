package uk.nhs.workforce.appointments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;

/** G 30, G 31: the at-risk CEs and Directors who were not appointed, each needing a recorded outcome. */
@Component("identifyDisplacedStaff")
public class DisplacedStaffIdentification implements JavaDelegate {

    private final AppointmentRoster roster;

    public DisplacedStaffIdentification(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Executive> atRisk = VariableValues.list(execution, "atRiskEmployees").stream()
                .map(roster::executive).flatMap(java.util.Optional::stream).toList();
        Set<String> appointed = CareTrustExperience.team(execution).stream().map(Appointee::employeeId)
                .collect(Collectors.toSet());
        List<DisplacedStaff.Person> displaced = DisplacedStaff.displaced(atRisk, appointed, roster::organisationName);
        Map<String, DisplacedStaff.Person> byId = new LinkedHashMap<>();
        displaced.forEach(p -> byId.put(p.employeeId(), p));
        execution.setVariable("displacedStaff", VariableValues.joined(List.copyOf(byId.keySet())));
        execution.setVariable("displacedCount", displaced.size());
        execution.setVariable("displacedStaffDetails", VariableValues.json(byId));
        execution.setVariable("displacedOutcomes", VariableValues.json(new LinkedHashMap<>()));
    }
}
