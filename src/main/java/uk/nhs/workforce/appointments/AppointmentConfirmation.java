package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The proposed candidate is appointed (after national oversight where G 26 / G 29 require it): the
 * Chief Executive becomes appointedChiefExecutive, a Director the post's directorAppointment. The
 * register records the appointment and the person is no longer at risk (G 34).
 */
@Component("confirmAppointment")
public class AppointmentConfirmation implements JavaDelegate {

    private final AppointmentRegister register;

    public AppointmentConfirmation(AppointmentRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appointee appointee = VariableValues.read(execution, "provisionalAppointee", Appointee.class);
        if (!appointee.external()) {
            register.appoint(appointee.employeeId(), execution.getProcessInstanceId(), CandidateOutcome.post(execution));
            register.clearAtRisk(appointee.employeeId());
        }
        if (execution.hasVariable("directorPost")) {
            execution.setVariable("directorAppointment", VariableValues.json(appointee));
        } else {
            execution.setVariable("appointedChiefExecutive", appointee.employeeId());
            execution.setVariable("appointedChiefExecutiveName", appointee.name());
            execution.setVariable("ceAppointee", VariableValues.json(appointee));
            execution.setVariable("accountableOfficerDeclined", false);
        }
        execution.setVariable("appointeeName", appointee.name());
    }
}
