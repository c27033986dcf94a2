package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Register;

/** Re-allocates after an upheld appeal, adding to the published awards and taking from none (S30 8(i), 12). */
@Component("lceaRoundReallocate")
public class ReallocateAfterAppealDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final Register register;
    private final RoundVariables variables;

    public ReallocateAfterAppealDelegate(RoundRepository rounds, Register register, RoundVariables variables) {
        this.rounds = rounds;
        this.register = register;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String appealId = (String) execution.getVariable("appealId");
        RoundRepository.StoredAppeal appeal = rounds.appeal(appealId)
                .orElseThrow(() -> new ProcessEngineException("appeal " + appealId + " is not recorded"));
        AllocationResult published = variables.allocation(execution);
        AwardDecision before = published.decisions().stream()
                .filter(d -> appeal.applicationId().equals(d.applicationId())).findFirst()
                .orElseThrow(() -> new ProcessEngineException("application " + appeal.applicationId() + " was not allocated"));
        BigDecimal corrected = BigDecimal.valueOf(((Number) execution.getVariable("correctedScore")).doubleValue())
                .setScale(2, java.math.RoundingMode.HALF_UP);
        AllocationResult after = RoundAllocation.afterUpheldAppeal(published, new RankedApplication(
                before.applicationId(), before.employeeId(), corrected, before.rank(), before.fullAnnualCost()));
        Map<String, String> names = new HashMap<>();
        after.decisions().forEach(d -> register.consultant(d.employeeId()).ifPresent(c -> names.put(d.employeeId(), c.name())));
        variables.putAllocation(execution, after, names);
    }
}
