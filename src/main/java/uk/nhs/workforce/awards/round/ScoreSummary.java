package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.List;

/** An application's committee score: the mean of the counted members' totals (0–50) and any outliers. */
public record ScoreSummary(String applicationId, BigDecimal score, int scorers, List<String> outlierMembers,
        String explanation) {

    public ScoreSummary {
        outlierMembers = List.copyOf(outlierMembers);
    }
}
