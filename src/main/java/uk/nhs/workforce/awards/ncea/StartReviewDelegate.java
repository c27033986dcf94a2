package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.awards.pay.PayConsequencesOfChange;

/**
 * S30 18: after a reversion the new Existing LCEA is reviewed under S30 16, first three years after
 * the reversion. The review is its own process (existing-lcea-review), started by key.
 */
@Component("nceaStartReview")
public class StartReviewDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate decisionDate = requiredDate(execution, "decisionDate");
        Map<String, Object> variables = new HashMap<>();
        variables.put("employeeId", requiredString(execution, "employeeId"));
        variables.put("currentLevel", requiredInteger(execution, "revertedLceaLevel", 1, 9));
        variables.put("lastAwardPointDate", decisionDate.toString());
        variables.put("reversionDate", decisionDate.toString());
        // the review's first task shows the committee what the reversion meant for pay
        variables.put(PayConsequencesOfChange.VARIABLE, execution.getVariableTyped(PayConsequencesOfChange.VARIABLE));
        variables.put(PayConsequencesOfChange.SUMMARY_VARIABLE, execution.getVariable(PayConsequencesOfChange.SUMMARY_VARIABLE));
        ProcessInstance review = execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(RecordReversionDelegate.REVIEW_PROCESS_KEY, variables);
        execution.setVariable("reviewProcessInstanceId", review.getId());
    }
}
