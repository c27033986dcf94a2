package uk.nhs.workforce.awards.ncea;

import static uk.nhs.workforce.awards.AwardInputs.requiredDate;
import static uk.nhs.workforce.awards.AwardInputs.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * S30 8(ii) (score below 14), 8(iv) (no application): the NCEA's value ceases to be paid, from the
 * decision date (Schedule 17 paragraph 4 as changed).
 */
@Component("nceaRecordLoss")
public class RecordLossDelegate implements JavaDelegate {

    private final Register register;
    private final NceaRecords records;

    public RecordLossDelegate(Register register, NceaRecords records) {
        this.register = register;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employeeId = requiredString(execution, "employeeId");
        Consultant consultant = register.consultant(employeeId).orElseThrow();
        records.recordLoss(employeeId, requiredDate(execution, "decisionDate"),
                consultant.ncea() == null ? null : consultant.ncea().name(), consultant.lceaLevel(),
                execution.getProcessInstanceId());
        execution.setVariable("revertedLceaLevel", null);
        execution.setVariable("nextReviewDate", null);
    }
}
