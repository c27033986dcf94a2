package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * G 34 closed: when an appointment ends without a Chief Executive (post not filled, appointment
 * withdrawn), its "at risk" declarations are withdrawn; declarations by other processes stand.
 */
@Component("clearAtRiskDeclarations")
public class AtRiskClearing implements ExecutionListener {

    private final AppointmentRegister register;

    public AtRiskClearing(AppointmentRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        register.clearAtRiskOf(execution.getProcessInstanceId());
    }
}
