package uk.nhs.workforce.awards.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pay consequences of an award change (a reversion, points lost at review, an award lost), judged
 * from what the consultant's record knows: the date of appointment as consultant and the awards held
 * after the change with their dates. The record holds no salary or award values, so amounts are not
 * judged; neither is anything {@link AwardPay} refuses. Each such answer reads "not judged: reason".
 */
public final class AwardChangePay {

    static final String NOT_JUDGED = "not judged: ";

    /** Counted towards the APA rate when held as at 31 March 2018 (Schedule 13 para 11, Schedule 14 para 7). */
    private static final Set<PayElement> APA_RATE_ELEMENTS = EnumSet.of(PayElement.BASIC_SALARY,
            PayElement.DISCRETIONARY_POINTS, PayElement.EXISTING_LCEA);

    public enum Change {
        /** S30 8(ii): an NCEA reverts to a level 7 or 8 Existing LCEA. */
        REVERSION,
        /** S30 16(ii): a review removes points from an Existing LCEA, which continues. */
        POINTS_LOST,
        /** S30 8(ii), 8(iv), 15, 16(ii); Schedule 17 para 4 as changed: the award's value is lost. */
        AWARD_LOST
    }

    public record HeldAward(PayElement element, LocalDate awardedOn) {
    }

    /** What the record knows after the change; awards lists the awards still held (not basic salary). */
    public record AfterChange(Change change, LocalDate effectiveOn, LocalDate appointedConsultantOn, List<HeldAward> awards) {
    }

    /** A value the rules give, or "not judged: reason", with the paragraph it comes from. */
    public record Judgement(String judgement, String rule) {
        static Judgement notJudged(String reason) {
            return new Judgement(NOT_JUDGED + reason, null);
        }
    }

    public record ElementJudgement(PayElement element, LocalDate awardedOn, String judgement, String rule) {
    }

    public record ChangeConsequences(Change change, LocalDate effectiveOn, Judgement schedule, Judgement apaRateBasis,
            Judgement apaAnnualRate, Judgement apaUplift, List<ElementJudgement> pensionableElements) {

        /** A few lines for a task form or Cockpit reader. */
        public String summary() {
            StringBuilder text = new StringBuilder();
            text.append("Pay consequences of the ").append(change.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" on ").append(effectiveOn).append(" (").append(schedule.judgement()).append("):\n\n");
            text.append("- Additional PA rate basis: ").append(apaRateBasis.judgement()).append('\n');
            text.append("- Additional PA annual rate: ").append(apaAnnualRate.judgement()).append('\n');
            text.append("- Pro rata APA uplift: ").append(apaUplift.judgement()).append('\n');
            for (ElementJudgement e : pensionableElements) {
                text.append("- ").append(name(e.element())).append(": ").append(e.judgement()).append('\n');
            }
            return text.toString();
        }
    }

    private AwardChangePay() {
    }

    public static ChangeConsequences assess(AfterChange after) {
        if (after == null || after.change() == null || after.effectiveOn() == null) {
            throw new PayRuleRefusal("change and effectiveOn are required");
        }
        List<HeldAward> awards = new ArrayList<>();
        awards.add(new HeldAward(PayElement.BASIC_SALARY, null));
        if (after.awards() != null) {
            awards.addAll(after.awards());
        }

        List<ElementJudgement> elements = new ArrayList<>();
        Set<PayElement> judgedHeld = EnumSet.noneOf(PayElement.class);
        List<String> unjudgedHeld = new ArrayList<>();
        Set<String> rateBasis = new LinkedHashSet<>();
        List<String> rateBasisUnjudged = new ArrayList<>();
        for (HeldAward award : awards) {
            try {
                AwardPay.check(new AwardPay.PayItem(award.element(), BigDecimal.ZERO, award.awardedOn()));
                AwardPay.PensionRule rule = AwardPay.pensionRule(award.element());
                elements.add(new ElementJudgement(award.element(), award.awardedOn(),
                        rule.pensionable() ? "pensionable" : "not pensionable", rule.rule()));
                judgedHeld.add(award.element());
                if (APA_RATE_ELEMENTS.contains(award.element())) {
                    rateBasis.add(describe(award.element()));
                }
            } catch (PayRuleRefusal refusal) {
                elements.add(new ElementJudgement(award.element(), award.awardedOn(), NOT_JUDGED + refusal.getMessage(), null));
                unjudgedHeld.add(award.element().name());
                if (APA_RATE_ELEMENTS.contains(award.element())) {
                    rateBasisUnjudged.add(refusal.getMessage());
                }
            }
        }

        Judgement apaRateBasis = rateBasisUnjudged.isEmpty()
                ? new Judgement("10% of " + String.join(" + ", rateBasis)
                        + "; points received on or after 1 April 2018 do not count",
                        "Schedule 13 para 11, Schedule 14 para 7 as changed")
                : Judgement.notJudged(String.join("; ", rateBasisUnjudged));
        Judgement apaAnnualRate = Judgement.notJudged("the consultant roster holds no basic salary or award values;"
                + " POST /api/awards/pay-consequences calculates it from them");

        Boolean schedule13 = null;
        Judgement schedule;
        try {
            schedule13 = AwardPay.schedule13(after.appointedConsultantOn());
            schedule = new Judgement(schedule13 ? "Schedule 13" : "Schedule 14",
                    "appointed as consultant " + (schedule13 ? "before" : "after") + " 31 October 2003");
        } catch (PayRuleRefusal refusal) {
            schedule = Judgement.notJudged(refusal.getMessage());
        }
        Judgement uplift;
        if (schedule13 == null) {
            uplift = Judgement.notJudged("Schedule 13 or 14 is not judged");
        } else if (!unjudgedHeld.isEmpty()) {
            uplift = Judgement.notJudged("it depends on " + String.join(", ", unjudgedHeld) + ", not judged");
        } else {
            try {
                AwardPay.Uplift u = AwardPay.apaUplift(schedule13, judgedHeld);
                uplift = new Judgement(u.uplift().name(), u.rule());
            } catch (PayRuleRefusal refusal) {
                uplift = Judgement.notJudged(refusal.getMessage());
            }
        }
        return new ChangeConsequences(after.change(), after.effectiveOn(), schedule, apaRateBasis, apaAnnualRate, uplift,
                List.copyOf(elements));
    }

    /** "Existing LCEA from reversion" for EXISTING_LCEA_FROM_REVERSION: forms render Markdown. */
    static String name(PayElement element) {
        String words = element.name().replace('_', ' ').toLowerCase(Locale.ROOT)
                .replace("lcea", "LCEA").replace("ncea", "NCEA");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String describe(PayElement element) {
        return switch (element) {
            case BASIC_SALARY -> "basic salary with pay thresholds";
            case DISCRETIONARY_POINTS -> "discretionary points held as at 31 March 2018";
            case EXISTING_LCEA -> "Existing LCEA held as at 31 March 2018";
            default -> element.name();
        };
    }
}
