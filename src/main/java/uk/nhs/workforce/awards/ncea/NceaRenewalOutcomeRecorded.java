package uk.nhs.workforce.awards.ncea;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Medical staffing's renewal-outcome task (after a bulk start): the same checks as a direct start. */
@Component("nceaRenewalOutcomeRecorded")
public class NceaRenewalOutcomeRecorded implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RenewalOutcomeInputs.readAndRoute(task.getExecution());
    }
}
