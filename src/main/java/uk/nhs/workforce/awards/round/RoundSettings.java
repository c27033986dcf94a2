package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings an administrator changes in application.yml or the environment, without a rebuild:
 * {@code app.awards.round.point-values.<year>} (£ value of one LCEA point for rounds 2018–2020; no
 * default, the published value must be set), {@code investment-ratio} (S30 5, default 0.3),
 * {@code minimum-per-fte} (S30 14, default £7900), {@code appeal-window-days} (default 28) and
 * {@code moderation-threshold} (how many points a member's total may differ from the others' median
 * before the chair is asked to moderate, default 12), {@code level-values.<level>} (£ a year of an Existing
 * LCEA at each level 1-9, S30 14 i; no default: a PER_FTE round whose holders' levels have none refuses to
 * start), {@code uplifts.<financialYear>} (the DDRB uplift of that financial year as a fraction, e.g. 0.02,
 * applied to years 2-3 of multi-year awards, S30 4, 14; none set means no uplift) and {@code yearly-opening.enabled} (whether the
 * {@code lcea-round-scheduler} opens a round each 1 April for every employer with consultants, default false).
 */
@ConfigurationProperties("app.awards.round")
public class RoundSettings {

    private Map<Integer, BigDecimal> pointValues = new TreeMap<>();
    private Map<Integer, BigDecimal> levelValues = new TreeMap<>();
    private Map<Integer, BigDecimal> uplifts = new TreeMap<>();
    private BigDecimal investmentRatio = new BigDecimal("0.3");
    private BigDecimal minimumPerFte = new BigDecimal("7900");
    private int appealWindowDays = 28;
    private int moderationThreshold = 12;
    private final YearlyOpening yearlyOpening = new YearlyOpening();

    /** The yearly April opening (issue 5 step 1), off unless an administrator switches it on. */
    public static class YearlyOpening {

        private boolean enabled = false;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public YearlyOpening getYearlyOpening() {
        return yearlyOpening;
    }

    public Optional<BigDecimal> pointValueFor(int awardYear) {
        return Optional.ofNullable(pointValues.get(awardYear));
    }

    public Map<Integer, BigDecimal> getPointValues() {
        return pointValues;
    }

    public void setPointValues(Map<Integer, BigDecimal> pointValues) {
        this.pointValues = new TreeMap<>(pointValues);
    }

    public Map<Integer, BigDecimal> getLevelValues() {
        return levelValues;
    }

    public void setLevelValues(Map<Integer, BigDecimal> levelValues) {
        this.levelValues = new TreeMap<>(levelValues);
    }

    public Map<Integer, BigDecimal> getUplifts() {
        return uplifts;
    }

    public void setUplifts(Map<Integer, BigDecimal> uplifts) {
        this.uplifts = new TreeMap<>(uplifts);
    }

    public BigDecimal getInvestmentRatio() {
        return investmentRatio;
    }

    public void setInvestmentRatio(BigDecimal investmentRatio) {
        this.investmentRatio = investmentRatio;
    }

    public BigDecimal getMinimumPerFte() {
        return minimumPerFte;
    }

    public void setMinimumPerFte(BigDecimal minimumPerFte) {
        this.minimumPerFte = minimumPerFte;
    }

    public int getAppealWindowDays() {
        return appealWindowDays;
    }

    public void setAppealWindowDays(int appealWindowDays) {
        this.appealWindowDays = appealWindowDays;
    }

    public int getModerationThreshold() {
        return moderationThreshold;
    }

    public void setModerationThreshold(int moderationThreshold) {
        this.moderationThreshold = moderationThreshold;
    }
}
