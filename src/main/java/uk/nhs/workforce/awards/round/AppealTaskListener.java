package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/**
 * The internal appeals mechanism (S30 8(i), 12). Lodging: within the window, by an applicant (for their
 * own application) or medical staffing, one open appeal per application. Deciding: the appeals panel
 * upholds or dismisses with reasons; an upheld appeal carries the panel's own rating of the five domains,
 * which replaces the committee's score for that application.
 */
@Component("lceaRoundAppealTask")
public class AppealTaskListener implements TaskListener {

    static final String LODGE_TASK = "Task_LodgeAppeal";

    private final RoundRepository rounds;
    private final Register register;
    private final IdentityService identityService;

    public AppealTaskListener(RoundRepository rounds, Register register, IdentityService identityService) {
        this.rounds = rounds;
        this.register = register;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean lodge = LODGE_TASK.equals(task.getTaskDefinitionKey());
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        if (lodge && create) {
            task.getExecution().setVariableLocal("appellantApplication", null);
            task.getExecution().setVariableLocal("appealGrounds", null);
        } else if (lodge) {
            lodge(task);
        } else if (create) {
            showAppeal(task);
        } else {
            decide(task);
        }
    }

    private void lodge(DelegateTask task) {
        Date closes = (Date) task.getVariable("appealsCloseAt");
        Date now = ClockUtil.getCurrentTime();
        if (closes != null && !now.before(closes)) {
            throw new ProcessEngineException("appellantApplication: the appeals window closed at " + closes);
        }
        String applicationId = RoundInputs.text(task.getVariable("appellantApplication"), "appellantApplication");
        RoundRepository.StoredApplication app = rounds.application(applicationId)
                .filter(a -> a.roundId().equals(task.getProcessInstanceId()))
                .orElseThrow(() -> new ProcessEngineException("appellantApplication '" + applicationId
                        + "' is not an application of this round"));
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null) {
            register.consultantsOf((String) task.getVariable("employerCode")).stream()
                    .filter(c -> auth.getUserId().equals(c.userId()) && !c.employeeId().equals(app.employeeId()))
                    .findFirst().ifPresent(c -> {
                        throw new ProcessEngineException("appellantApplication: a consultant may appeal only their own result");
                    });
        }
        if (rounds.hasOpenAppeal(applicationId)) {
            throw new ProcessEngineException("appellantApplication '" + applicationId + "' already has an appeal open");
        }
        String grounds = RoundInputs.statement(task.getVariable("appealGrounds"), "appealGrounds");
        rounds.lodgeAppeal(UUID.randomUUID().toString(), task.getProcessInstanceId(), applicationId, grounds,
                auth == null ? null : auth.getUserId(), now);
    }

    private void showAppeal(DelegateTask task) {
        RoundRepository.StoredAppeal appeal = rounds.assignNextAppeal(task.getProcessInstanceId(), task.getId())
                .orElseThrow(() -> new ProcessEngineException("no lodged appeal is waiting for the panel"));
        RoundRepository.StoredApplication app = rounds.application(appeal.applicationId()).orElseThrow();
        task.getExecution().setVariableLocal("appealId", appeal.appealId());
        task.getExecution().setVariableLocal("appealGrounds", appeal.grounds());
        task.getExecution().setVariableLocal("appellantDetails", register.consultant(app.employeeId()).map(RoundVariables::label)
                .orElse(app.employeeId()));
        for (ScoringDomain d : ScoringDomain.values()) {
            task.getExecution().setVariableLocal(d.statementVariable(), app.statements().get(d));
            task.getExecution().setVariableLocal(d.ratingVariable(), null);
        }
        task.getExecution().setVariableLocal("appealUpheld", null);
        task.getExecution().setVariableLocal("appealDecision", null);
        RoundVariables.nameAfterApplicant(task, register.consultant(app.employeeId()).map(c -> c.name()).orElse(app.employeeId()));
    }

    private void decide(DelegateTask task) {
        boolean upheld = RoundInputs.flag(task.getVariable("appealUpheld"), "appealUpheld");
        String decision = RoundInputs.statement(task.getVariable("appealDecision"), "appealDecision");
        BigDecimal corrected = null;
        if (upheld) {
            int total = 0;
            for (ScoringDomain d : ScoringDomain.values()) {
                try {
                    total += d.requireRating(task.getVariable(d.ratingVariable()));
                } catch (IllegalArgumentException e) {
                    throw new ProcessEngineException(e.getMessage() + " (an upheld appeal re-scores the application)");
                }
            }
            corrected = BigDecimal.valueOf(total).setScale(2);
        }
        String appealId = (String) task.getVariable("appealId");
        rounds.decideAppeal(appealId, upheld, decision, corrected);
        // on this appeal's own path, beside any other appeal being decided
        task.getExecution().setVariableLocal("appealUpheld", upheld);
        task.getExecution().setVariableLocal("appealId", appealId);
        task.getExecution().setVariableLocal("correctedScore", corrected == null ? null : corrected.doubleValue());
    }
}
