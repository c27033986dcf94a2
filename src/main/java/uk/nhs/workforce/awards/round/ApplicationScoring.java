package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the committee's ratings of one application into its score. Members who declared a conflict of
 * interest do not score; their absence must not lower the score, so the score is the mean of the
 * counted members' totals rather than the sum. A member whose total lies more than the moderation
 * threshold from the median of the others' totals is an outlier the chair moderates.
 */
public final class ApplicationScoring {

    private ApplicationScoring() {
    }

    public static ScoreSummary summarise(String applicationId, List<MemberScore> scores, int moderationThreshold) {
        List<MemberScore> counted = scores.stream().filter(MemberScore::counts).toList();
        int conflicts = (int) scores.stream().filter(MemberScore::conflictOfInterest).count();
        int excluded = (int) scores.stream().filter(MemberScore::excluded).count();
        if (counted.isEmpty()) {
            return new ScoreSummary(applicationId, BigDecimal.ZERO.setScale(2), 0, List.of(),
                    "no member could score (" + conflicts + " conflicts of interest, " + excluded + " set aside)");
        }
        BigDecimal mean = BigDecimal.valueOf(counted.stream().mapToInt(MemberScore::total).sum())
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        List<String> outliers = new ArrayList<>();
        if (counted.size() >= 3) {
            for (MemberScore s : counted) {
                double median = median(counted.stream().filter(o -> o != s).mapToInt(MemberScore::total).sorted()
                        .toArray());
                if (Math.abs(s.total() - median) > moderationThreshold) {
                    outliers.add(s.member());
                }
            }
        }
        String explanation = "mean of " + counted.size() + " members' totals"
                + (conflicts > 0 ? ", " + conflicts + " conflict(s) of interest declared" : "")
                + (excluded > 0 ? ", " + excluded + " score(s) set aside by the chair" : "");
        return new ScoreSummary(applicationId, mean, counted.size(), outliers, explanation);
    }

    private static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
