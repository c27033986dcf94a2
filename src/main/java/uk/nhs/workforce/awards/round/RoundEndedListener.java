package uk.nhs.workforce.awards.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The round's instance ends: completed, withdrawn, or deleted (Cockpit, DELETE process-instance), for end
 * listeners also run when an instance is deleted. A round that never published its results frees its
 * employer and year; a published round keeps them. A deletion that skips custom listeners is caught when
 * the next round for that employer and year opens (OpenRoundListener).
 */
@Component("lceaRoundEnded")
public class RoundEndedListener implements ExecutionListener {

    private final RoundRepository rounds;

    public RoundEndedListener(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object reason = execution.getVariable("withdrawalReason");
        rounds.releaseUnpublished(execution.getProcessInstanceId(), reason != null ? reason.toString()
                : "the round's instance was deleted or cancelled before its results were published",
                ClockUtil.getCurrentTime());
    }
}
