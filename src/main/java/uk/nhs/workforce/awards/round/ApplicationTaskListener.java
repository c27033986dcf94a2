package uk.nhs.workforce.awards.round;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Records one application (issue 5 step 3): before the closing date, from an eligible consultant of this
 * employer, once, with a statement for each of the five domains. A consultant applying in Tasklist applies
 * for themselves; medical staffing may apply on anyone's behalf.
 */
@Component("lceaRoundApplicationTask")
public class ApplicationTaskListener implements TaskListener {

    private final RoundRepository rounds;
    private final Register register;
    private final IdentityService identityService;

    public ApplicationTaskListener(RoundRepository rounds, Register register, IdentityService identityService) {
        this.rounds = rounds;
        this.register = register;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // declared on the task's own execution so that both Tasklist (task variables) and the REST
            // complete call (execution variables) keep the values with this application, not the round
            task.getExecution().setVariableLocal("applicantId", null);
            for (ScoringDomain d : ScoringDomain.values()) {
                task.getExecution().setVariableLocal(d.statementVariable(), null);
            }
            return;
        }
        Date now = ClockUtil.getCurrentTime();
        Date closes = (Date) task.getVariable("applicationsCloseAt");
        if (closes != null && !now.before(closes)) {
            throw new ProcessEngineException("applicantId: late application refused, applications closed at " + closes);
        }
        String applicantId = RoundInputs.text(task.getVariable("applicantId"), "applicantId");
        String employer = (String) task.getVariable("employerCode");
        int awardYear = ((Number) task.getVariable("awardYear")).intValue();
        Consultant applicant = register.consultant(applicantId).filter(c -> employer.equals(c.employerCode()))
                .orElseThrow(() -> new ProcessEngineException("applicantId '" + applicantId
                        + "' is not a consultant of " + employer));
        EligibilityDecision eligibility = RoundEligibility.assess(applicant, awardYear);
        if (!eligibility.eligible()) {
            throw new ProcessEngineException("applicantId '" + applicantId + "' is not eligible: " + eligibility.reason());
        }
        String userId = currentUser();
        if (userId != null) {
            register.consultantsOf(employer).stream().filter(c -> userId.equals(c.userId())).findFirst()
                    .filter(self -> !self.employeeId().equals(applicantId)).ifPresent(self -> {
                        throw new ProcessEngineException("applicantId: " + userId
                                + " may apply only for themselves; medical staffing applies on others' behalf");
                    });
        }
        String roundId = task.getProcessInstanceId();
        if (rounds.hasApplication(roundId, applicantId)) {
            throw new ProcessEngineException("applicantId '" + applicantId + "' has already applied in this round");
        }
        Map<ScoringDomain, String> statements = new EnumMap<>(ScoringDomain.class);
        for (ScoringDomain d : ScoringDomain.values()) {
            statements.put(d, RoundInputs.statement(task.getVariable(d.statementVariable()), d.statementVariable()));
        }
        rounds.saveApplication(new RoundRepository.StoredApplication(roundId + ":" + applicantId, roundId, applicantId,
                userId, statements), now);
    }

    private String currentUser() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
