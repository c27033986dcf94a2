package uk.nhs.workforce.awards.ncea;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A successful renewal (S30 21, 22), or an Existing NCEA not yet due, with or without a Future NCEA application
* (S30 23(b)): the award stays as it is and nothing on the record changes.
 */
@Component("nceaRecordRetained")
public class RecordRetainedDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reversionOutcome", "RETAINED");
        execution.setVariable("revertedLceaLevel", null);
        execution.setVariable("nextReviewDate", null);
    }
}
