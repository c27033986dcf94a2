package uk.nhs.workforce.boards;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Refuses a start without a usable {@code clusterCode} (CONTRACT §4), before any instance is left behind. */
@Component("nedStartValidation")
public class NedStartValidation implements ExecutionListener {

    private final BoardsRepository boards;

    public NedStartValidation(BoardsRepository boards) {
        this.boards = boards;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object value = execution.getVariable("clusterCode");
        if (!(value instanceof String code) || code.isBlank()) {
            throw new ProcessEngineException("clusterCode is required: the code of the PCT cluster whose boards are rationalised");
        }
        if (boards.cluster(code.trim()).boards().isEmpty()) {
            throw new ProcessEngineException("clusterCode '" + code + "' names no cluster with PCT or care trust boards");
        }
        execution.setVariable("clusterCode", code.trim());
    }
}
