package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Writes each award's annual lump sums (S30 5, 6, 7, 13, 14 ii) to the round's payment schedule, which later
 * rounds of any employer read to count New LCEAs paid beyond April 2021 against their pot.
 */
@Component("lceaRoundSchedulePayments")
public class SchedulePaymentsDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final Register register;
    private final RoundVariables variables;
    private final RoundSettings settings;

    public SchedulePaymentsDelegate(RoundRepository rounds, Register register, RoundVariables variables,
            RoundSettings settings) {
        this.rounds = rounds;
        this.register = register;
        this.variables = variables;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employer = (String) execution.getVariable("employerCode");
        int awardYear = ((Number) execution.getVariable("awardYear")).intValue();
        boolean competitive = AllocationMethod.COMPETITIVE.name().equals(execution.getVariable("allocationMethod"));
        // equal distribution is a share of one year's pot; competitive awards run for the scheme's period (S30 13)
        int years = competitive ? RoundInputs.wholeNumber(execution.getVariable("awardPeriodYears"), "awardPeriodYears") : 1;
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        int currentFinancialYear = Math.max(awardYear, today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
        List<PaymentInstalment> all = new ArrayList<>();
        StringBuilder md = new StringBuilder("| consultant | financial year | £ | paid by | funded from |\n|---|---|---:|---|---|\n");
        for (AwardDecision d : variables.allocation(execution).decisions()) {
            if (!d.awarded()) {
                continue;
            }
            List<PaymentInstalment> schedule = new ArrayList<>(PaymentSchedule.uplifted(PaymentSchedule.instalments(
                    d.employeeId(), employer, awardYear, d.annualAmount(), years), settings.getUplifts()));
            if (d.topUp().signum() > 0) {
                // a remainder of the pot is paid once, in the award year (S30 5, 14)
                PaymentInstalment first = schedule.get(0);
                schedule.set(0, new PaymentInstalment(first.employeeId(), first.awardYear(), first.financialYear(),
                        first.amount().add(d.topUp()), first.payer(), first.fundingSource()));
            }
            Optional<Consultant> now = register.consultant(d.employeeId());
            if (now.isEmpty()) {
                schedule = PaymentSchedule.afterMove(schedule, currentFinancialYear, null);
            } else if (now.get().leftOn() != null) {
                schedule = PaymentSchedule.afterMove(schedule,
                        PaymentSchedule.firstFinancialYearAfter(now.get().leftOn()), null);
            } else if (!employer.equals(now.get().employerCode())) {
                schedule = PaymentSchedule.afterMove(schedule, currentFinancialYear, now.get().employerCode());
            }
            for (PaymentInstalment p : schedule) {
                md.append("| ").append(now.map(Consultant::name).orElse(d.employeeId())).append(" | ")
                        .append(p.financialYearLabel()).append(" | ").append(RoundAllocation.money(p.amount()))
                        .append(" | ").append(p.payer()).append(" | ").append(p.fundingSource().description()).append(" |\n");
            }
            all.addAll(schedule);
        }
        rounds.savePayments(execution.getProcessInstanceId(), all);
        execution.setVariable("paymentSchedule", variables.longText("Annual lump sums, non-consolidated and non-pensionable, with no uplift"
                + " for additional programmed activities (S30 6, 13); years 2 and 3 raised by the DDRB uplifts recorded"
                + " in app.awards.round.uplifts (S30 4, 14).\n\n" + md));
        execution.setVariable("paymentsTotal", all.stream().map(PaymentInstalment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
    }
}
