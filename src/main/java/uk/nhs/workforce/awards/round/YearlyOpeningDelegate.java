package uk.nhs.workforce.awards.round;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/**
 * The yearly April timer of issue 5 step 1: opens this year's round for every employer with consultants
 * that has none yet. Switched off by default (app.awards.round.yearly-opening.enabled): most employers
 * open their round by hand with the start form, and a round opened for them would hold a task nobody expects.
 */
@Component("lceaRoundYearlyOpening")
public class YearlyOpeningDelegate implements JavaDelegate {

    private final RoundSettings settings;
    private final Register register;
    private final RoundRepository rounds;
    private final RuntimeService runtime;

    public YearlyOpeningDelegate(RoundSettings settings, Register register, RoundRepository rounds,
            @Lazy RuntimeService runtime) {
        this.settings = settings;
        this.register = register;
        this.rounds = rounds;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int awardYear = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).getYear();
        execution.setVariable("awardYear", awardYear);
        if (!settings.getYearlyOpening().isEnabled()) {
            execution.setVariable("openedRounds", "none: app.awards.round.yearly-opening.enabled is false");
            return;
        }
        List<String> opened = new ArrayList<>();
        for (String employer : register.employersWithConsultants()) {
            if (!rounds.hasRound(employer, awardYear)) {
                runtime.startProcessInstanceByKey("lcea-annual-round", Map.of("employerCode", employer, "awardYear", awardYear));
                opened.add(employer);
            }
        }
        execution.setVariable("openedRounds", opened.isEmpty() ? "none: every employer already has a round" : String.join(",", opened));
    }
}
