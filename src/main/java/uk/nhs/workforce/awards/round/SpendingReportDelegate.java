package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.rosters.Register;

/** Produces the round's spending and equality report (S30 9, 14) for sign-off and CSV download. */
@Component("lceaRoundReport")
public class SpendingReportDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final Register register;
    private final RoundVariables variables;
    private final ObjectMapper mapper;

    public SpendingReportDelegate(RoundRepository rounds, Register register, RoundVariables variables,
            ObjectMapper mapper) {
        this.rounds = rounds;
        this.register = register;
        this.variables = variables;
        this.mapper = mapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        AllocationResult allocation = variables.allocation(execution);
        Map<String, AwardDecision> byEmployee = new HashMap<>();
        allocation.decisions().forEach(d -> byEmployee.put(d.employeeId(), d));
        List<ReportSubject> subjects = new ArrayList<>();
        for (AwardDecision d : allocation.decisions()) {
            register.consultant(d.employeeId()).ifPresent(c -> subjects.add(
                    new ReportSubject(c, true, d.awarded(), d.awardYearAmount())));
        }
        // S30 9: the eligible who did not apply are counted too, so the report shows who could have applied
        int awardYear = ((Number) execution.getVariable("awardYear")).intValue();
        register.consultantsOf((String) execution.getVariable("employerCode")).stream()
                .filter(c -> !byEmployee.containsKey(c.employeeId()))
                .filter(c -> RoundEligibility.assess(c, awardYear).eligible())
                .forEach(c -> subjects.add(new ReportSubject(c, false, false, BigDecimal.ZERO)));
        CommittedSpend committed = mapper.readValue(execution.getVariable("committedSpend").toString(), CommittedSpend.class);
        SpendingEqualityReport report = SpendingEqualityReport.of((String) execution.getVariable("employerCode"),
                ((Number) execution.getVariable("awardYear")).intValue(),
                BigDecimal.valueOf(((Number) execution.getVariable("minimumInvestment")).doubleValue()),
                BigDecimal.valueOf(((Number) execution.getVariable("carryForward")).doubleValue()), committed, allocation,
                subjects);
        execution.setVariable("spendingReport", variables.json(report));
        execution.setVariable("spendingReportMarkdown", variables.longText(report.toMarkdown()));
        execution.setVariable("spendingReportCsv", variables.longText(report.toCsv()));
    }
}
