package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import uk.nhs.workforce.rosters.ConsultantEmploymentChanged;

/**
 * S30 7 at once, when the consultants roster records a move or a leaving date: the holder's remaining
 * instalments move to the new employer (charged to its pot) or stop, and what the old employer no
 * longer pays is added to its next round.
 */
@Service
public class MovesAndLeavers {

    private static final Logger LOG = LoggerFactory.getLogger(MovesAndLeavers.class);

    private final RoundRepository rounds;

    public MovesAndLeavers(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @EventListener
    public void onEmploymentChanged(ConsultantEmploymentChanged change) {
        LocalDate on = change.leftOn() != null ? change.leftOn()
                : LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        String newEmployer = change.leftOn() != null ? null : change.employer();
        apply(change.employeeId(), change.previousEmployer(), newEmployer, on);
    }

    /** Applies S30 7 to the stored schedule of one holder; returns what the old employer no longer pays. */
    public BigDecimal apply(String employeeId, String previousEmployer, String newEmployer, LocalDate on) {
        int fromFinancialYear = PaymentSchedule.firstFinancialYearAfter(on);
        List<PaymentInstalment> before = rounds.instalmentsOf(employeeId, fromFinancialYear).stream()
                .filter(p -> p.payer().equals(previousEmployer) && p.fundingSource() != FundingSource.STOPPED)
                .toList();
        List<PaymentInstalment> after = PaymentSchedule.afterMove(before, fromFinancialYear, newEmployer);
        after.forEach(rounds::updateInstalment);
        BigDecimal freed = before.stream().map(PaymentInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (freed.signum() > 0) {
            rounds.recordFreedFunding(previousEmployer, employeeId, on, freed, newEmployer == null
                    ? "left on " + on + ": instalments from " + fromFinancialYear + " not paid (S30 7)"
                    : "moved to " + newEmployer + " on " + on + ": it pays the instalments from " + fromFinancialYear
                            + " (S30 7)");
            LOG.info("S30 7: {} {}; £{} freed for {}'s next round", employeeId,
                    newEmployer == null ? "left" : "moved to " + newEmployer, freed, previousEmployer);
        }
        return freed;
    }
}
