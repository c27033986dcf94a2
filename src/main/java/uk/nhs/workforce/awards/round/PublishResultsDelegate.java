package uk.nhs.workforce.awards.round;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/** Publishes the confirmed results and opens the appeals window (S30 8(i), 12; setting appeal-window-days). */
@Component("lceaRoundPublish")
public class PublishResultsDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final Register register;
    private final RoundSettings settings;
    private final RoundVariables variables;

    public PublishResultsDelegate(RoundRepository rounds, Register register, RoundSettings settings,
            RoundVariables variables) {
        this.rounds = rounds;
        this.register = register;
        this.settings = settings;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("resultsPublishedAt", now);
        // from now on the round holds its employer and year; its JLNC-agreed carry-forward is next year's default
        rounds.markPublished(execution.getProcessInstanceId(), now);
        rounds.recordCarriedForward(execution.getProcessInstanceId(), variables.allocation(execution).carriedForward());
        Date closes = new Date(now.getTime() + settings.getAppealWindowDays() * 86_400_000L);
        execution.setVariable("appealsCloseAt", closes);
        // the form shows the moment in words; a Date variable renders as an ISO timestamp
        execution.setVariable("appealsCloseLabel", java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
                .format(closes.toInstant().atZone(java.time.ZoneId.systemDefault())));
        execution.setVariable("applicantOptions", variables.options(rounds.applications(execution.getProcessInstanceId())
                .stream().map(a -> Map.entry(register.consultant(a.employeeId()).map(RoundVariables::label)
                        .orElse(a.employeeId()), a.applicationId())).toList()));
    }
}
