package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Consultant;
import uk.nhs.workforce.rosters.Organisation;
import uk.nhs.workforce.rosters.Register;

/**
 * Opens a round at the start event (S30 2, 3, 5, 14): checks the inputs, computes eligibility and the
 * funding figures and registers the round, so a bad start leaves no instance (CONTRACT §4).
 */
@Component("lceaRoundOpen")
public class OpenRoundListener implements ExecutionListener {

    static final String COMMITTEE_GROUP = "awards-committee";

    private final Register register;
    private final RoundRepository rounds;
    private final RoundSettings settings;
    private final RoundVariables variables;
    private final IdentityService identityService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;

    public OpenRoundListener(Register register, RoundRepository rounds, RoundSettings settings, RoundVariables variables,
            IdentityService identityService, org.camunda.bpm.engine.RuntimeService runtimeService) {
        this.register = register;
        this.rounds = rounds;
        this.settings = settings;
        this.variables = variables;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String employerCode = RoundInputs.text(execution.getVariable("employerCode"), "employerCode");
        int awardYear = RoundInputs.wholeNumber(execution.getVariable("awardYear"), "awardYear");
        uk.nhs.workforce.platform.InputRanges.between("awardYear", awardYear, Integer.MIN_VALUE, uk.nhs.workforce.platform.InputRanges.LATEST_YEAR);
        if (awardYear < RoundRules.FIRST_AWARD_YEAR) {
            throw new ProcessEngineException("awardYear " + awardYear + " is before 2018: Schedule 30 rounds start in"
                    + " April 2018 (S30 2). Awards of a 2017 round concluding after 31 March 2018 are granted under the"
                    + " existing local LCEA arrangements as Existing LCEAs, backdated to 1 April 2017 (S30 3): record"
                    + " them on the consultants roster (lcea_level, lcea_last_point_date) instead of running this process;"
                    + " they are consolidated and pensionable Existing LCEAs, not New LCEAs");
        }
        Organisation employer = register.organisation(employerCode).orElseThrow(() -> new ProcessEngineException(
                "employerCode '" + employerCode + "' is not an organisation on the roster"));
        BigDecimal carryForward = RoundInputs.optionalMoney(execution.getVariable("carryForward"), "carryForward");
        String carryForwardSource = "given at the start";
        if (carryForward == null) {
            // S30 5: the previous round's JLNC-agreed carried-forward figure is this round's default
            carryForward = rounds.carriedForwardFrom(employerCode, awardYear - 1).orElse(null);
            carryForwardSource = carryForward == null ? "none" : "carried forward by the " + (awardYear - 1) + " round";
        }
        if (carryForward != null && carryForward.signum() > 0 && awardYear > RoundRules.LAST_NEW_LCEA_YEAR + 1) {
            // team's reading of S30 14's minimum "invested and paid annually": from 2021 nothing is carried
            // forward, so only the 2021 round may receive money a 2020 round carried
            throw new ProcessEngineException("carryForward: from 2021 the minimum is invested and paid annually"
                    + " (S30 14), so no round from 2021 carries funds forward into " + awardYear);
        }
        BigDecimal pointValueInput = RoundInputs.optionalMoney(execution.getVariable("pointValue"), "pointValue");
        FundingRegime regime = FundingRegime.forAwardYear(awardYear);
        BigDecimal pointValue = pointValueInput != null ? pointValueInput
                : settings.pointValueFor(awardYear).orElse(null);
        if (regime == FundingRegime.POINTS_RATIO && pointValue == null) {
            throw new ProcessEngineException("pointValue: no value of one LCEA point is configured for award year "
                    + awardYear + "; set app.awards.round.point-values." + awardYear
                    + " or give the pointValue input");
        }

        List<Consultant> consultants = register.consultantsOf(employerCode);
        RosterCommitments commitments = null;
        if (regime == FundingRegime.PER_FTE) {
            try {
                commitments = RosterCommitments.of(awardYear, consultants, settings.getLevelValues(),
                        rounds.revertedHolders(employerCode, awardYear));
            } catch (RosterCommitments.MissingLevelValue e) {
                throw new ProcessEngineException("existingLceaSpend: " + e.getMessage());
            }
        }
        List<Consultant> eligible = new ArrayList<>();
        StringBuilder ineligible = new StringBuilder();
        for (Consultant c : consultants) {
            EligibilityDecision d = RoundEligibility.assess(c, awardYear);
            if (d.eligible()) {
                eligible.add(c);
            } else {
                ineligible.append("| ").append(c.name()).append(" (").append(c.employeeId()).append(") | ")
                        .append(d.reason()).append(" |\n");
            }
        }
        FundingFigures figures = RoundFunding.figures(awardYear, eligible, pointValue, settings.getInvestmentRatio(),
                settings.getMinimumPerFte());

        String roundId = execution.getProcessInstanceId();
        // a round whose instance is gone without publishing (deleted with its listeners skipped) frees the year
        rounds.activeRound(employerCode, awardYear).filter(old -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(old).count() == 0).ifPresent(old -> rounds.releaseUnpublished(old,
                        "the round's instance was deleted before its results were published", ClockUtil.getCurrentTime()));
        if (!rounds.openRound(roundId, employerCode, awardYear, ClockUtil.getCurrentTime())) {
            throw new ProcessEngineException("awardYear " + awardYear + ": employerCode '" + employerCode
                    + "' already has a round for that year; an employer runs one round a year");
        }
        execution.setProcessBusinessKey("LCEA-" + employerCode + "-" + awardYear);

        execution.setVariable("employerCode", employerCode);
        execution.setVariable("awardYear", awardYear);
        execution.setVariable("carryForward", carryForward == null ? 0.0 : carryForward.doubleValue());
        execution.setVariable("carryForwardSource", carryForwardSource);
        // S30 7: what the employer no longer pays for holders who moved or left goes to its next round
        BigDecimal freed = BigDecimal.ZERO;
        StringBuilder freedLines = new StringBuilder();
        for (Map<String, Object> row : rounds.creditFreedFunding(employerCode, roundId)) {
            // JdbcTemplate's row maps ignore the case of column names
            BigDecimal amount = (BigDecimal) row.get("amount");
            freed = freed.add(amount);
            freedLines.append("- ").append(row.get("employee_id")).append(": £").append(RoundAllocation.money(amount))
                    .append(", ").append(row.get("reason")).append("\n");
        }
        execution.setVariable("freedFunding", freed.doubleValue());
        execution.setVariable("freedFundingSummary", freedLines.length() == 0 ? "None." : freedLines.toString());
        if (commitments != null) {
            execution.setVariable("existingLceaSpend", commitments.existingLceaSpend().doubleValue());
            execution.setVariable("reversionSpend", commitments.reversionSpend().doubleValue());
            execution.setVariable("existingLceaSpendComputed", commitments.existingLceaSpend().doubleValue());
            execution.setVariable("reversionSpendComputed", commitments.reversionSpend().doubleValue());
            execution.setVariable("commitmentsBreakdown", variables.longText(commitments.breakdown()));
        }
        execution.setVariable("pointValue", Variables.doubleValue(pointValue == null ? null : pointValue.doubleValue()));
        execution.setVariable("fundingRegime", figures.fundingRegime().name());
        // forms show the words, the gateways and REST clients keep the enum value
        execution.setVariable("fundingRegimeLabel", figures.fundingRegime().label());
        execution.setVariable("eligibleCount", figures.eligibleCount());
        execution.setVariable("eligibleFte", figures.eligibleFte().doubleValue());
        execution.setVariable("minimumPoints", Variables.doubleValue(
                figures.minimumPoints() == null ? null : figures.minimumPoints().doubleValue()));
        execution.setVariable("minimumInvestment", figures.minimumInvestment().doubleValue());
        execution.setVariable("investmentRatio", settings.getInvestmentRatio().doubleValue());
        execution.setVariable("employerName", employer.name());
        execution.setVariable("roundTitle", employer.name() + ": Local Clinical Excellence Awards " + awardYear
                + "/" + String.format("%02d", (awardYear + 1) % 100));
        execution.setVariable("appealWindowDays", settings.getAppealWindowDays());
        // the scheme task starts from one point a year for a full-time award (S30 5), or asks for a value
        execution.setVariable("awardValue", Variables.doubleValue(
                regime == FundingRegime.POINTS_RATIO ? pointValue.doubleValue() : null));
        execution.setVariable("ineligibleSummary", variables.longText(ineligible.length() == 0
                ? "Every consultant on the roster is eligible."
                : "| consultant | not eligible because |\n|---|---|\n" + ineligible));
        // each entry names its consultant's login: a consultant offered the application task sees only their own
        execution.setVariable("eligibleConsultantOptions", variables.consultantOptions(eligible));
        List<User> committee = identityService.createUserQuery().memberOfGroup(COMMITTEE_GROUP).orderByUserId().asc().list();
        execution.setVariable("committeeOptions", variables.options(committee.stream()
                .map(u -> Map.entry(displayName(u), u.getId())).toList()));
    }

    static String displayName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return name.isEmpty() ? u.getId() : name + " (" + u.getId() + ")";
    }
}
