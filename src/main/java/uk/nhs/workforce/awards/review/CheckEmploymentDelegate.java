package uk.nhs.workforce.awards.review;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredInteger;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * When a review falls due: is the holder still with a Schedule 30 employer, in the award's specialty
 * (S30 4, 15)? Also takes the level from the roster, which a reversion under S30 24 may have changed
 * while this review waited, and decides whether the level 9 renewal arrangements apply (S30 17).
 */
@Component("lceaReviewCheckEmployment")
public class CheckEmploymentDelegate implements JavaDelegate {

    private final Register register;

    public CheckEmploymentDelegate(Register register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employeeId = requiredString(execution, "employeeId");
        Optional<Consultant> now = register.consultant(employeeId);
        EmploymentStatus status = EmploymentStatus.assess(requiredString(execution, "employerCode"),
                requiredString(execution, "specialty"), now);
        execution.setVariable("employmentStatus", status.name());
        now.ifPresent(c -> {
            execution.setVariable("newEmployerCode", c.employerCode());
            execution.setVariable("newSpecialty", c.specialty());
            if (status == EmploymentStatus.MOVED_SAME_SPECIALTY) {
                execution.setVariable("employerCode", c.employerCode());
            }
            if (c.lceaLevel() != null && c.lceaLevel() >= 1 && c.lceaLevel() <= 9) {
                execution.setVariable("currentLevel", c.lceaLevel());
            }
        });
        if (status == EmploymentStatus.LEFT) {
            execution.setVariable("awardEndReason", "LEFT");
        }
        int level = requiredInteger(execution, "currentLevel", 1, 9);
        execution.setVariable("renewalArrangements",
                ReviewDueDate.renewalArrangementsApply(level, requiredDate(execution, "reviewTimerDate")));
        // Absence recorded at the previous step covered the period just ended; the committee records any
        // absence to exclude from the next period afresh.
        execution.setVariable("excludedAbsenceDays", 0);
    }
}
