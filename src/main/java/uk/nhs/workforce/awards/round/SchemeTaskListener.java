package uk.nhs.workforce.awards.round;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks the scheme and timetable medical staffing records (S30 2, 8, 11, 13) and the JLNC's part,
 * on the server, so a REST client cannot record what the form would not accept.
 */
@Component("lceaRoundSchemeCheck")
public class SchemeTaskListener implements TaskListener {

    static final String PROPOSE_TASK = "Task_ProposeScheme";
    static final String JLNC_TASK = "Task_JlncScheme";
    static final String JLNC_REVISION_TASK = "Task_JlncRevision";
    static final String REVISE_TASK = "Task_ReviseAllocation";

    private final IdentityService identityService;

    public SchemeTaskListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (JLNC_TASK.equals(task.getTaskDefinitionKey()) || JLNC_REVISION_TASK.equals(task.getTaskDefinitionKey())) {
            jlnc(task);
            return;
        }
        // a way out at any point before publication, also from a JLNC that never agrees
        Boolean withdraw = RoundInputs.optionalFlag(task.getVariable("withdrawRound"), "withdrawRound");
        task.setVariable("withdrawRound", withdraw != null && withdraw);
        if (withdraw != null && withdraw) {
            task.setVariable("withdrawalReason", RoundInputs.statement(task.getVariable("withdrawalReason"),
                    "withdrawalReason"));
            return;
        }
        AllocationMethod method = RoundInputs.choice(AllocationMethod.class, task.getVariable("allocationMethod"),
                "allocationMethod");
        task.setVariable("allocationMethod", method.name());
        task.setVariable("allocationMethodLabel", method.label());
        commitmentsFromRecords(task);
        if (method == AllocationMethod.EQUAL_DISTRIBUTION) {
            task.setVariable("schemeSummary", "**" + method.label() + "**" + commitments(task) + ".");
            return;
        }
        int years = RoundInputs.wholeNumber(task.getVariable("awardPeriodYears"), "awardPeriodYears");
        if (years < 1 || years > 3) {
            throw new ProcessEngineException("awardPeriodYears must be 1, 2 or 3 (S30 6, 13), was " + years);
        }
        // as text, the select's own value, so that the revise form shows the period already chosen
        task.setVariable("awardPeriodYears", String.valueOf(years));
        java.math.BigDecimal value = RoundInputs.money(task.getVariable("awardValue"), "awardValue");
        if (value.signum() == 0) {
            throw new ProcessEngineException("awardValue must be more than £0");
        }
        task.setVariable("awardValue", value.doubleValue());
        TieRule tieRule = RoundInputs.choice(TieRule.class, task.getVariable("tieRule"), "tieRule");
        task.setVariable("tieRule", tieRule.name());
        task.setVariable("tieRuleLabel", tieRule.description());
        String chair = RoundInputs.text(task.getVariable("committeeChair"), "committeeChair");
        List<User> committee = identityService.createUserQuery().memberOfGroup(OpenRoundListener.COMMITTEE_GROUP)
                .orderByUserId().asc().list();
        if (committee.stream().noneMatch(u -> u.getId().equals(chair))) {
            throw new ProcessEngineException("committeeChair '" + chair + "' is not a member of the awards committee");
        }
        task.setVariable("committeeMembers", String.join(",", committee.stream().map(User::getId).toList()));
        if (PROPOSE_TASK.equals(task.getTaskDefinitionKey())) {
            Date closes = closingTime(task.getVariable("closingDate"));
            task.setVariable("applicationsCloseAt", closes);
            task.setVariable("applicationsCloseLabel", "the end of " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
                    .format(closes.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().minusDays(1)));
        }
        // written here rather than templated in the form, where the other method's fields would show empty
        task.setVariable("schemeSummary", "**" + method.label() + "**, award period " + years + (years == 1 ? " year" : " years")
                + ", award value £" + RoundAllocation.money(value) + " a year for a full-time consultant, ties: "
                + tieRule.description() + ", applications close at " + task.getVariable("applicationsCloseLabel")
                + commitments(task) + ".");
    }

    private static String commitments(DelegateTask task) {
        int year = ((Number) task.getVariable("awardYear")).intValue();
        return year < 2021 ? "" : "; this year's pot first pays continuing Existing LCEAs £"
                + RoundAllocation.money(java.math.BigDecimal.valueOf((Double) task.getVariable("existingLceaSpend")))
                + " (S30 14 i) and NCEA reversions £"
                + RoundAllocation.money(java.math.BigDecimal.valueOf((Double) task.getVariable("reversionSpend"))) + " (S30 14 iii)";
    }

    private void jlnc(DelegateTask task) {
        task.setVariable("jlncAgreed", RoundInputs.flag(task.getVariable("jlncAgreed"), "jlncAgreed"));
        Object basis = task.getVariable("equalShareBasis");
        task.setVariable("equalShareBasis", basis == null || basis.toString().isBlank() ? EqualShareBasis.PRO_RATA_FTE.name()
                : RoundInputs.choice(EqualShareBasis.class, basis, "equalShareBasis").name());
        Boolean carry = RoundInputs.optionalFlag(task.getVariable("jlncCarryForwardAgreed"), "jlncCarryForwardAgreed");
        if (carry != null && carry && "PER_FTE".equals(task.getVariable("fundingRegime"))) {
            // team's reading of S30 14 "invested and paid annually": from 2021 nothing is carried forward
            throw new ProcessEngineException("jlncCarryForwardAgreed: from 2021 the minimum is invested and paid"
                    + " annually (S30 14); funds are not carried forward");
        }
        task.setVariable("jlncCarryForwardAgreed", carry != null && carry);
    }

    /**
     * S30 14 i and iii were computed from the records when the round opened. Medical staffing may correct a
     * figure only with a recorded reason; left empty, the computed figure stands. Rounds to 2020 have none.
     */
    private void commitmentsFromRecords(DelegateTask task) {
        if (task.getVariable("existingLceaSpendComputed") == null) {
            task.setVariable("existingLceaSpend", 0.0);
            task.setVariable("reversionSpend", 0.0);
            return;
        }
        StringBuilder overrides = new StringBuilder();
        for (String name : java.util.List.of("existingLceaSpend", "reversionSpend")) {
            double computed = ((Number) task.getVariable(name + "Computed")).doubleValue();
            java.math.BigDecimal given = RoundInputs.optionalMoney(task.getVariable(name), name);
            double value = given == null ? computed : given.doubleValue();
            if (Double.compare(value, computed) != 0) {
                overrides.append(name).append(" £").append(RoundAllocation.money(java.math.BigDecimal.valueOf(value)))
                        .append(" instead of the computed £").append(RoundAllocation.money(java.math.BigDecimal.valueOf(computed)))
                        .append("; ");
            }
            task.setVariable(name, value);
        }
        if (overrides.length() > 0) {
            Object reason = task.getVariable("spendOverrideReason");
            if (reason == null || reason.toString().isBlank()) {
                throw new ProcessEngineException("spendOverrideReason: a figure computed from the roster and the"
                        + " reversion records (S30 14 i, iii) was changed (" + overrides.toString().trim()
                        + "): record the reason for the change");
            }
            var who = identityService.getCurrentAuthentication();
            task.setVariable("spendOverride", overrides + "reason: " + RoundInputs.statement(reason, "spendOverrideReason")
                    + (who == null ? "" : " (recorded by " + who.getUserId() + ")"));
        }
    }

    /** Applications are accepted until the end of the closing date. */
    static Date closingTime(Object closingDate) {
        if (closingDate instanceof Date d) {
            return d;
        }
        String text = RoundInputs.text(closingDate, "closingDate");
        LocalDate date;
        try {
            date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException("closingDate must be a date YYYY-MM-DD, was '" + text + "'");
        }
        Date closes = Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        if (!closes.after(ClockUtil.getCurrentTime())) {
            throw new ProcessEngineException("closingDate " + date + " has already passed");
        }
        return closes;
    }
}
