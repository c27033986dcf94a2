package uk.nhs.workforce.appointments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Executive;

/**
 * G 30, G 31: the people declared at risk by this appointment who were appointed to no cluster post
 * anywhere (the register, other clusters included), and the joint PCT/LA post holders, appointed or
 * not, each needing a recorded outcome or joint review.
 */
@Component("identifyDisplacedStaff")
public class DisplacedStaffIdentification implements JavaDelegate {

    private final AppointmentRoster roster;
    private final AppointmentRegister register;

    public DisplacedStaffIdentification(AppointmentRoster roster, AppointmentRegister register) {
        this.roster = roster;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // people of other clusters' PCTs pooled here are displaced, or not, by their own cluster's appointment
        java.util.Set<String> constituents = roster.footprint(VariableValues.text(execution, "clusterCode")).constituentCodes();
        List<Executive> atRisk = VariableValues.list(execution, "atRiskEmployees").stream()
                .map(roster::executive).flatMap(java.util.Optional::stream)
                .filter(e -> constituents.contains(e.organisationCode())).toList();
        Map<String, String> appointedTo = new LinkedHashMap<>();
        register.holdings().values().stream().filter(h -> h.status() == AppointmentRegister.Status.APPOINTED)
                .forEach(h -> appointedTo.put(h.employeeId(), h.postTitle() + " of cluster " + h.clusterCode()));
        List<DisplacedStaff.Person> people = DisplacedStaff.needingOutcome(atRisk, appointedTo, roster::organisationName);
        Map<String, DisplacedStaff.Person> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.put(p.employeeId(), p));
        execution.setVariable("displacedStaff", VariableValues.joined(people.stream()
                .filter(p -> p.appointedTo() == null).map(DisplacedStaff.Person::employeeId).toList()));
        execution.setVariable("staffNeedingOutcome", VariableValues.joined(List.copyOf(byId.keySet())));
        execution.setVariable("displacedCount", people.size());
        execution.setVariable("displacedStaffDetails", VariableValues.json(byId));
        execution.setVariable("displacedOutcomes", VariableValues.json(new LinkedHashMap<>()));
    }
}
