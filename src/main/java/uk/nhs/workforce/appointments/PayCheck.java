package uk.nhs.workforce.appointments;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** G 35: does the proposed salary need HM Treasury approval? Runs in the pay task's transaction. */
@Component("checkPay")
public class PayCheck implements JavaDelegate {

    private final AppointmentSettings settings;

    public PayCheck(AppointmentSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal salary = VariableValues.amount(execution, "proposedSalary");
        PayRules rules = settings.payRules();
        try {
            execution.setVariable("treasuryApprovalRequired", rules.needsTreasuryApproval(salary));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        execution.setVariable("proposedSalaryText", pounds(salary));
        execution.setVariable("treasuryThresholdText", pounds(rules.treasuryThreshold()));
    }

    static String pounds(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
