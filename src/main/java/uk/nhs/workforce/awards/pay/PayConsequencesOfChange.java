package uk.nhs.workforce.awards.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.rosters.Consultant;

/**
 * Puts the pay consequences of an award change on the process instance, where the delegates that make
 * the change call it: {@code payConsequences} (JSON, read in Cockpit) and {@code payConsequencesSummary}
 * (text, shown on the next task form). The judging is {@link AwardChangePay}'s.
 */
@Component
public class PayConsequencesOfChange {

    public static final String VARIABLE = "payConsequences";
    public static final String SUMMARY_VARIABLE = "payConsequencesSummary";

    private final ObjectMapper objectMapper;

    public PayConsequencesOfChange(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * The Existing LCEA a review leaves: one created by a reversion from an NCEA (S30 8(ii), 18) when the
     * review began with a reversion, otherwise one whose last point was awarded on lastAwardPointDate.
     */
    public static AwardChangePay.HeldAward existingLcea(LocalDate lastAwardPointDate, LocalDate reversionDate) {
        return reversionDate != null
                ? new AwardChangePay.HeldAward(PayElement.EXISTING_LCEA_FROM_REVERSION, reversionDate)
                : new AwardChangePay.HeldAward(PayElement.EXISTING_LCEA, lastAwardPointDate);
    }

    /**
     * @param awardAfter the Existing LCEA the consultant holds after the change, or null when none remains
     */
    public AwardChangePay.ChangeConsequences record(DelegateExecution execution, AwardChangePay.Change change,
            LocalDate effectiveOn, Consultant consultant, AwardChangePay.HeldAward awardAfter) {
        List<AwardChangePay.HeldAward> awards = new ArrayList<>();
        if (awardAfter != null) {
            awards.add(awardAfter);
        }
        if (consultant != null && consultant.distinctionAward()) {
            // the roster flags a distinction award but not its date, so AwardChangePay leaves it not judged
            awards.add(new AwardChangePay.HeldAward(PayElement.DISTINCTION_AWARD, null));
        }
        AwardChangePay.ChangeConsequences consequences = AwardChangePay.assess(new AwardChangePay.AfterChange(change,
                effectiveOn, consultant == null ? null : consultant.consultantSince(), awards));
        try {
            execution.setVariable(VARIABLE, Spin.JSON(objectMapper.writeValueAsString(consequences)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pay consequences could not be written as JSON", e);
        }
        execution.setVariable(SUMMARY_VARIABLE, consequences.summary());
        return consequences;
    }
}
