package uk.nhs.workforce.awards.round;

import java.util.Map;

/**
 * One committee member's scoring of one application: either a conflict of interest (no ratings) or
 * the five ratings. {@code excluded} is set when the chair's moderation set the score aside.
 */
public record MemberScore(String applicationId, String member, boolean conflictOfInterest,
        Map<ScoringDomain, Integer> ratings, boolean excluded) {

    public MemberScore {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    public boolean counts() {
        return !conflictOfInterest && !excluded;
    }

    public int total() {
        return ratings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
