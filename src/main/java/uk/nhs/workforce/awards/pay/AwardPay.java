package uk.nhs.workforce.awards.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Pay consequences of the awards a consultant holds, under Schedules 13, 14 and 17 as changed by
 * Pay Circular (M&D) 1/2018 and Schedule 30. Plain rules, no guessing: where the circular does not
 * say how an input is treated, the calculation refuses it with a {@link PayRuleRefusal}.
 */
public final class AwardPay {

    /** The day that divides Schedule 13 ("before 31 October 2003") from Schedule 14 ("after"). */
    public static final LocalDate SCHEDULE_14_DIVIDE = LocalDate.of(2003, 10, 31);
    /** Awards held "as at 31 March 2018" count; points received on or after 1 April 2018 do not. */
    public static final LocalDate NEW_ARRANGEMENTS = LocalDate.of(2018, 4, 1);
    /** S30 21: Existing NCEAs held at any date up to 31 March 2019 stay consolidated and pensionable. */
    public static final LocalDate EXISTING_NCEA_PROTECTED_UNTIL = LocalDate.of(2019, 3, 31);

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    public enum ApaUplift {
        /** No pro rata increase for an additional PA. */
        NONE,
        /** Pro rata increase on discretionary points / LCEAs held as at 31 March 2018 (S13 9, S14 10). */
        PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018,
        /** Pro rata increase at the maximum level of points / LCEAs (S13 10, S14 11). */
        PRO_RATA_AT_MAXIMUM_LOCAL_LEVEL
    }

    public record PayItem(PayElement element, BigDecimal annualValue, LocalDate awardedOn) {
    }

    /**
     * @param existingNceaValue the cash value of the Existing NCEA a Future NCEA replaced (S30 23(c)(v)),
     *                          needed only with FUTURE_NCEA / FUTURE_NCEA_TOP_UP
     * @param maximumLocalLevelValue the annual value of the maximum level of local clinical excellence awards,
     *                          needed only for a holder of a distinction award or a national CEA, whose additional
     *                          PA is based on it (Schedule 13 paras 9-11, Schedule 14 paras 7, 10, 11)
     */
    public record PayInput(LocalDate appointedConsultantOn, List<PayItem> items, BigDecimal existingNceaValue,
            BigDecimal maximumLocalLevelValue) {

        public PayInput(LocalDate appointedConsultantOn, List<PayItem> items, BigDecimal existingNceaValue) {
            this(appointedConsultantOn, items, existingNceaValue, null);
        }
    }

    public record PayLine(PayElement element, BigDecimal annualValue, BigDecimal pensionableValue, String rule) {
    }

    public record PayConsequences(String schedule, BigDecimal apaAnnualRate, ApaUplift apaUplift, String apaRule,
            BigDecimal pensionablePay, List<PayLine> lines) {
    }

    private AwardPay() {
    }

    public static PayConsequences calculate(PayInput input) {
        boolean schedule13 = schedule13(input == null ? null : input.appointedConsultantOn());
        List<PayItem> items = input.items() == null ? List.of() : input.items();
        if (items.stream().noneMatch(i -> i.element() == PayElement.BASIC_SALARY)) {
            throw new PayRuleRefusal("items must include BASIC_SALARY (ten PAs with pay thresholds)");
        }
        Set<PayElement> held = EnumSet.noneOf(PayElement.class);
        for (PayItem item : items) {
            check(item);
            held.add(item.element());
        }
        List<PayLine> lines = new ArrayList<>();
        BigDecimal apaBase = BigDecimal.ZERO;
        BigDecimal futureNceaTotal = BigDecimal.ZERO;
        for (PayItem item : items) {
            if (item.element() == PayElement.FUTURE_NCEA || item.element() == PayElement.FUTURE_NCEA_TOP_UP) {
                futureNceaTotal = futureNceaTotal.add(item.annualValue());
                continue;
            }
            lines.add(pensionability(item));
            // Schedule 13 para 11, Schedule 14 para 7: basic with thresholds and local awards held at 31 March 2018
            if (EnumSet.of(PayElement.BASIC_SALARY, PayElement.DISCRETIONARY_POINTS, PayElement.EXISTING_LCEA)
                    .contains(item.element())) {
                apaBase = apaBase.add(item.annualValue());
            }
        }
        if (held.contains(PayElement.FUTURE_NCEA) || held.contains(PayElement.FUTURE_NCEA_TOP_UP)) {
            if (input.existingNceaValue() == null || input.existingNceaValue().signum() < 0) {
                throw new PayRuleRefusal("existingNceaValue is required with a Future NCEA: S30 23(c)(v) makes the overall"
                        + " payment pensionable up to the Existing NCEA's value, and the circular does not say how a Future"
                        + " NCEA without one is treated");
            }
            BigDecimal pensionable = futureNceaTotal.min(input.existingNceaValue());
            lines.add(new PayLine(PayElement.FUTURE_NCEA, futureNceaTotal, pensionable,
                    "S30 23(c)(v): pensionable up to the value of the Existing NCEA"));
        }

        if (held.contains(PayElement.EXISTING_NCEA) || held.contains(PayElement.DISTINCTION_AWARD)
                || held.contains(PayElement.FUTURE_NCEA)) {
            // Schedule 13 paras 9-11, Schedule 14 paras 7, 10, 11: a holder of a distinction award or a national
            // award is paid for an additional PA on the maximum level of local awards, the local-level element
            // their higher award stands in for; a local award they also hold is not counted twice
            BigDecimal max = input.maximumLocalLevelValue();
            if (max == null || max.signum() < 0) {
                throw new PayRuleRefusal("maximumLocalLevelValue is required for a holder of a distinction award or a"
                        + " national CEA: the additional PA is based on the maximum level of local clinical excellence"
                        + " awards (Schedule 13 para 10, Schedule 14 para 11)");
            }
            BigDecimal localHeld = items.stream().filter(i -> i.element() == PayElement.EXISTING_LCEA
                    || i.element() == PayElement.DISCRETIONARY_POINTS).map(PayItem::annualValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            apaBase = apaBase.subtract(localHeld).add(localHeld.max(max));
        }
        Uplift uplift = apaUplift(schedule13, held);
        BigDecimal apaRate = apaBase.multiply(TEN_PERCENT).setScale(2, RoundingMode.HALF_UP);
        BigDecimal pensionable = lines.stream().map(PayLine::pensionableValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PayConsequences(schedule13 ? "Schedule 13" : "Schedule 14", apaRate, uplift.uplift(),
                uplift.rule() + (schedule13 ? "; rate: Schedule 13 para 11" : "; rate: Schedule 14 para 7"), pensionable, lines);
    }

    /** Whether the consultant's terms are Schedule 13's (appointed before 31 October 2003) or Schedule 14's. */
    public static boolean schedule13(LocalDate appointedConsultantOn) {
        if (appointedConsultantOn == null) {
            throw new PayRuleRefusal("appointedConsultantOn is required: it decides between Schedules 13 and 14");
        }
        if (appointedConsultantOn.equals(SCHEDULE_14_DIVIDE)) {
            throw new PayRuleRefusal("appointedConsultantOn 2003-10-31: Schedule 13 covers appointments before"
                    + " 31 October 2003 and Schedule 14 those after; neither covers the day itself");
        }
        return appointedConsultantOn.isBefore(SCHEDULE_14_DIVIDE);
    }

    public record Uplift(ApaUplift uplift, String rule) {
    }

    /** The pro rata APA uplift (Schedule 13 paras 9-10, Schedule 14 paras 10-11) for the awards held. */
    public static Uplift apaUplift(boolean schedule13, Set<PayElement> held) {
        boolean national = held.contains(PayElement.EXISTING_NCEA) || held.contains(PayElement.FUTURE_NCEA);
        boolean local = held.contains(PayElement.DISCRETIONARY_POINTS) || held.contains(PayElement.EXISTING_LCEA);
        if (held.contains(PayElement.EXISTING_LCEA_FROM_REVERSION)) {
            throw new PayRuleRefusal("EXISTING_LCEA_FROM_REVERSION: S13 9, 11 and S14 7, 10 count only awards held as at"
                    + " 31 March 2018 towards an additional PA, while S30 15 keeps APA uplifts for Existing LCEA holders;"
                    + " the circular does not settle which applies to a reversion award");
        }
        if (schedule13) {
            if (national || held.contains(PayElement.DISTINCTION_AWARD)) {
                return new Uplift(ApaUplift.PRO_RATA_AT_MAXIMUM_LOCAL_LEVEL, "Schedule 13 para 10: distinction award or national CEA");
            }
            if (local) {
                return new Uplift(ApaUplift.PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018,
                        "Schedule 13 para 9: discretionary points / LCEA held as at 31 March 2018");
            }
            return new Uplift(ApaUplift.NONE, "Schedule 13 para 9; S30 6, 13: no award held as at 31 March 2018");
        }
        if (held.contains(PayElement.DISTINCTION_AWARD)) {
            throw new PayRuleRefusal("DISTINCTION_AWARD for a consultant appointed after 31 October 2003: Schedule 14"
                    + " para 11 speaks only of national clinical excellence awards");
        }
        if (national) {
            return new Uplift(ApaUplift.PRO_RATA_AT_MAXIMUM_LOCAL_LEVEL, "Schedule 14 para 11: national clinical excellence award");
        }
        if (local) {
            return new Uplift(ApaUplift.PRO_RATA_ON_AWARDS_HELD_31_MARCH_2018,
                    "Schedule 14 para 10: discretionary points / LCEA held as at 31 March 2018");
        }
        return new Uplift(ApaUplift.NONE, "Schedule 14 para 10; S30 6, 13: no award held as at 31 March 2018");
    }

    /**
     * Whether one pay element is pensionable (Schedule 17 para 2 as changed, S30 6, 8(ii), 13, 15, 21).
     * A Future NCEA needs the whole picture (S30 23(c)(v)), so it is judged only by {@link #calculate}.
     */
    public static PayLine pensionability(PayItem item) {
        check(item);
        PensionRule rule = pensionRule(item.element());
        return new PayLine(item.element(), item.annualValue(), rule.pensionable() ? item.annualValue() : BigDecimal.ZERO,
                rule.rule());
    }

    public record PensionRule(boolean pensionable, String rule) {
    }

    /** The pensionability rule of one element, whatever its value (Schedule 17 para 2 as changed, S30). */
    public static PensionRule pensionRule(PayElement element) {
        return switch (element) {
            case BASIC_SALARY -> new PensionRule(true, "Schedule 17 para 2: basic salary up to ten PAs with thresholds");
            case ADDITIONAL_PROGRAMMED_ACTIVITIES -> new PensionRule(false,
                    "Schedule 17 para 2: only basic salary up to ten PAs is pensionable");
            case DISCRETIONARY_POINTS, DISTINCTION_AWARD -> new PensionRule(true,
                    "Schedule 17 para 2: discretionary points / distinction awards held as at 31 March 2018");
            case EXISTING_LCEA -> new PensionRule(true,
                    "Schedule 17 para 2, S30 3 and 15: Existing LCEAs held as at 31 March 2018 stay pensionable");
            case EXISTING_LCEA_FROM_REVERSION -> new PensionRule(true,
                    "S30 8(ii): reversion awards are consolidated and pensionable Existing LCEAs");
            case NEW_LCEA -> new PensionRule(false, "S30 6: New LCEAs are non-consolidated and non-pensionable");
            case FUTURE_LCEA -> new PensionRule(false, "S30 13: Future LCEAs are non-consolidated and non-pensionable");
            case EXISTING_NCEA -> new PensionRule(true,
                    "S30 21: Existing NCEAs held up to 31 March 2019 are consolidated and pensionable");
            case ON_CALL_SUPPLEMENT, LONDON_WEIGHTING, DOMICILIARY_FEES -> new PensionRule(true,
                    "Schedule 17 para 2: on-call supplement, London weighting and domiciliary fees are pensionable");
            case FUTURE_NCEA, FUTURE_NCEA_TOP_UP -> throw new PayRuleRefusal(element
                    + ": pensionable only up to the Existing NCEA's value (S30 23(c)(v)); give existingNceaValue to calculate");
        };
    }

    /** Refuses an item the rules cannot judge (missing or out-of-scope award dates). */
    public static void check(PayItem item) {
        if (item.element() == null) {
            throw new PayRuleRefusal("element is required on every item");
        }
        if (item.annualValue() == null || item.annualValue().signum() < 0) {
            throw new PayRuleRefusal(item.element() + ": annualValue must be 0 or more");
        }
        LocalDate on = item.awardedOn();
        switch (item.element()) {
            case EXISTING_LCEA, DISCRETIONARY_POINTS, DISTINCTION_AWARD -> {
                if (on == null) {
                    throw new PayRuleRefusal(item.element() + ": awardedOn is required (held as at 31 March 2018?)");
                }
                if (!on.isBefore(NEW_ARRANGEMENTS)) {
                    throw new PayRuleRefusal(item.element() + " awarded on " + on + ": points received on or after"
                            + " 1 April 2018 are not counted by Schedule 17 para 2. An award of a 2017 round that"
                            + " concluded after 31 March 2018 is an Existing LCEA backdated to 1 April 2017 (S30 3):"
                            + " record it with awardedOn 2017-04-01; a New or Future LCEA is NEW_LCEA or FUTURE_LCEA");
                }
            }
            case EXISTING_NCEA -> {
                if (on == null) {
                    throw new PayRuleRefusal("EXISTING_NCEA: awardedOn is required (S30 21)");
                }
                if (on.isAfter(EXISTING_NCEA_PROTECTED_UNTIL)) {
                    throw new PayRuleRefusal("EXISTING_NCEA awarded on " + on + ": S30 21 protects awards held up to"
                            + " 31 March 2019 and the circular does not say how later ones are treated");
                }
            }
            default -> {
            }
        }
    }
}
