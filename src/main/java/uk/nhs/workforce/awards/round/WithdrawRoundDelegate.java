package uk.nhs.workforce.awards.round;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A round withdrawn before its results are published (by medical staffing in the scheme or revise task,
 * or by the {@code LceaRoundWithdrawn} message): the reason is recorded and the employer's year is free
 * for a new round. After publication the results stand (S30 12) and a withdrawal is refused.
 */
@Component("lceaRoundWithdraw")
public class WithdrawRoundDelegate implements JavaDelegate {

    private final RoundRepository rounds;

    public WithdrawRoundDelegate(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = RoundInputs.statement(execution.getVariable("withdrawalReason"), "withdrawalReason");
        if (rounds.isPublished(execution.getProcessInstanceId())) {
            throw new ProcessEngineException("withdrawalReason: the round's results have been published; a published"
                    + " round cannot be withdrawn (S30 12: its appeals and payments follow)");
        }
        rounds.releaseUnpublished(execution.getProcessInstanceId(), reason, ClockUtil.getCurrentTime());
        execution.setVariable("withdrawalReason", reason);
        execution.setVariable("roundOutcome", "WITHDRAWN");
    }
}
