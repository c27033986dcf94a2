package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Register;

/**
 * Totals, ranks and allocates (issue 5 step 5; S30 5, 14): the pot is the minimum plus the carry-forward,
 * less S30 14 i–iii from 2021; competitive awards go in rank order, equal distribution shares the pot.
 */
@Component("lceaRoundAllocate")
public class AllocateDelegate implements JavaDelegate {

    private final RoundRepository rounds;
    private final Register register;
    private final RoundSettings settings;
    private final RoundVariables variables;

    public AllocateDelegate(RoundRepository rounds, Register register, RoundSettings settings, RoundVariables variables) {
        this.rounds = rounds;
        this.register = register;
        this.settings = settings;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String employer = (String) execution.getVariable("employerCode");
        int awardYear = ((Number) execution.getVariable("awardYear")).intValue();
        BigDecimal minimum = BigDecimal.valueOf(((Number) execution.getVariable("minimumInvestment")).doubleValue());
        // S30 7: what the employer no longer pays for holders who moved or left is added to this round
        BigDecimal carry = BigDecimal.valueOf(((Number) execution.getVariable("carryForward")).doubleValue())
                .add(BigDecimal.valueOf(number(execution, "freedFunding")));
        List<PaymentInstalment> earlier = rounds.instalmentsDueIn(awardYear);
        Map<String, String> whereNow = new HashMap<>();
        earlier.forEach(p -> register.consultant(p.employeeId()).ifPresent(c -> whereNow.put(p.employeeId(), c.employerCode())));
        CommittedSpend committed = CommittedSpend.of(awardYear, employer,
                BigDecimal.valueOf(number(execution, "existingLceaSpend")),
                BigDecimal.valueOf(number(execution, "reversionSpend")), earlier, whereNow);
        BigDecimal pot = CommittedSpend.potForNewAwards(minimum, carry, committed).setScale(2, java.math.RoundingMode.HALF_UP);
        execution.setVariable("committedSpend", variables.json(committed));
        execution.setVariable("potForNewAwards", pot.doubleValue());

        Map<String, String> names = new HashMap<>();
        AllocationResult result;
        if (AllocationMethod.valueOf((String) execution.getVariable("allocationMethod")) == AllocationMethod.EQUAL_DISTRIBUTION) {
            List<Consultant> eligible = register.consultantsOf(employer).stream()
                    .filter(c -> RoundEligibility.assess(c, awardYear).eligible()).toList();
            eligible.forEach(c -> names.put(c.employeeId(), c.name()));
            result = RoundAllocation.equalDistribution(eligible, pot,
                    EqualShareBasis.valueOf((String) execution.getVariable("equalShareBasis")));
        } else {
            BigDecimal awardValue = BigDecimal.valueOf(number(execution, "awardValue"));
            Map<String, List<MemberScore>> scores = rounds.scoresOfRound(execution.getProcessInstanceId());
            List<AwardRanking.Candidate> candidates = new ArrayList<>();
            for (RoundRepository.StoredApplication a : rounds.applications(execution.getProcessInstanceId())) {
                Consultant c = register.consultant(a.employeeId()).orElseThrow();
                names.put(c.employeeId(), c.name());
                ScoreSummary s = ApplicationScoring.summarise(a.applicationId(), scores.getOrDefault(a.applicationId(),
                        List.of()), settings.getModerationThreshold());
                candidates.add(new AwardRanking.Candidate(a.applicationId(), a.employeeId(), s.score(),
                        RoundVariables.annualCost(awardValue, c)));
            }
            result = RoundAllocation.competitive(AwardRanking.rank(candidates), pot,
                    TieRule.valueOf((String) execution.getVariable("tieRule")),
                    // to 2020 only, with the JLNC's agreement (S30 5); from 2021 the minimum is paid annually (S30 14)
                    FundingRegime.forAwardYear(awardYear) == FundingRegime.POINTS_RATIO
                            && Boolean.TRUE.equals(execution.getVariable("jlncCarryForwardAgreed")));
        }
        variables.putAllocation(execution, result, names);
    }

    static double number(DelegateExecution execution, String name) {
        Object v = execution.getVariable(name);
        return v instanceof Number n ? n.doubleValue() : 0.0;
    }
}
