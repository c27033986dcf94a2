package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * G 34 closed: when an appointment ends, its "at risk" declarations are withdrawn except for the
 * displaced people whose outcome is still pending or is redundancy; an appointment that ends without
 * a Chief Executive (post not filled, appointment withdrawn) withdraws them all. Declarations by other
 * processes stand.
 */
@Component("clearAtRiskDeclarations")
public class AtRiskClearing implements ExecutionListener {

    private final AppointmentRegister register;

    public AtRiskClearing(AppointmentRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        java.util.Set<String> stillAtRisk = new java.util.HashSet<>();
        Object outcomes = execution.getVariable("displacedOutcomes");
        if (outcomes != null) {
            org.camunda.spin.Spin.JSON(outcomes.toString()).fieldNames().forEach(id -> {
                String outcome = org.camunda.spin.Spin.JSON(outcomes.toString()).prop(id).prop("outcome").stringValue();
                if (DisplacedStaff.Outcome.PENDING.name().equals(outcome) || DisplacedStaff.Outcome.REDUNDANCY.name().equals(outcome)) {
                    stillAtRisk.add(id);
                }
            });
        }
        register.clearAtRiskOf(execution.getProcessInstanceId(), stillAtRisk);
    }
}
