package uk.nhs.workforce.awards.ncea;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Copies the ncea-reversion table's single result into the contract's output variables. */
@Component("nceaReversionDecided")
public class NceaReversionDecided implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object result = execution.getVariable("reversionDecision");
        execution.removeVariable("reversionDecision");
        if (!(result instanceof Map<?, ?> row)) {
            throw new ProcessEngineException("ncea-reversion has no outcome for renewalApplicationSubmitted="
                    + execution.getVariable("renewalApplicationSubmitted") + ", exceptionalCircumstances="
                    + execution.getVariable("exceptionalCircumstances") + ", renewalScore="
                    + execution.getVariable("renewalScore"));
        }
        execution.setVariable("reversionOutcome", row.get("reversionOutcome"));
        Object level = row.get("revertedLceaLevel");
        execution.setVariable("revertedLceaLevel", level == null ? null : ((Number) level).intValue());
    }
}
