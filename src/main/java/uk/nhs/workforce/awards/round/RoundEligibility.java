package uk.nhs.workforce.awards.round;

import java.time.LocalDate;

import uk.nhs.workforce.rosters.Consultant;

/**
 * Who counts as an eligible consultant for a round, on 1 April of the award year.
 * <ul>
 * <li>2018–2020 (S30 5): at least one year's service at consultant level, not holding an Existing LCEA
 * Level 9, an NCEA or a Distinction Award. S30 5 does not ask for substantive employment.</li>
 * <li>From 2021 (S30 14): substantively employed, at least one year's service at consultant level on
 * 1 April, not holding an NCEA or a Distinction Award. Level 9 holders are eligible again.</li>
 * </ul>
 * Part-time consultants are eligible in both regimes; they count by their FTE.
 */
public final class RoundEligibility {

    private RoundEligibility() {
    }

    public static EligibilityDecision assess(Consultant consultant, int awardYear) {
        FundingRegime regime = FundingRegime.forAwardYear(awardYear);
        LocalDate firstApril = RoundRules.firstApril(awardYear);
        String id = consultant.employeeId();
        // "at least one year's service": appointed on or before 1 April of the previous year
        LocalDate latestStart = firstApril.minusYears(1);
        if (consultant.consultantSince() == null || consultant.consultantSince().isAfter(latestStart)) {
            return new EligibilityDecision(id, false, "less than one year's service at consultant level on "
                    + firstApril + " (appointed " + consultant.consultantSince() + ")"
                    + (regime == FundingRegime.POINTS_RATIO ? " (S30 5)" : " (S30 14)"));
        }
        if (consultant.leftOn() != null && !consultant.leftOn().isAfter(firstApril)) {
            return new EligibilityDecision(id, false, "left this employer's Schedule 30 employment on "
                    + consultant.leftOn() + " (S30 7)");
        }
        if (consultant.ncea() != null) {
            return new EligibilityDecision(id, false, "holds a National CEA (" + consultant.ncea() + ")"
                    + (regime == FundingRegime.POINTS_RATIO ? " (S30 5)" : " (S30 14)"));
        }
        if (consultant.distinctionAward()) {
            return new EligibilityDecision(id, false, "holds a Distinction Award"
                    + (regime == FundingRegime.POINTS_RATIO ? " (S30 5)" : " (S30 14)"));
        }
        if (regime == FundingRegime.POINTS_RATIO) {
            if (consultant.lceaLevel() != null && consultant.lceaLevel() == 9) {
                return new EligibilityDecision(id, false, "holds an Existing LCEA Level 9 (S30 5)");
            }
        } else if (!consultant.substantive()) {
            return new EligibilityDecision(id, false, "not substantively employed (S30 14)");
        }
        return new EligibilityDecision(id, true, "eligible: " + consultant.fte() + " FTE"
                + (regime == FundingRegime.POINTS_RATIO ? " (S30 5)" : " (S30 14)"));
    }
}
