package uk.nhs.workforce.awards.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The awards committee's ratings in the five pre-April-2018 scoring domains, each 10, 6, 2 or 0
 * (S30 16(ii)). The variable names are the contract's.
 */
public record ReviewRatings(int serviceDelivery, int serviceDevelopment, int leadership, int research, int teaching) {

    public static final Set<Integer> ALLOWED = Set.of(10, 6, 2, 0);

    /** Variable name of each domain, in the order S30 16(ii) lists them. */
    public static final Map<String, String> DOMAINS;

    static {
        Map<String, String> domains = new LinkedHashMap<>();
        domains.put("serviceDeliveryRating", "service delivery");
        domains.put("serviceDevelopmentRating", "service development");
        domains.put("leadershipRating", "leadership and management");
        domains.put("researchRating", "research and innovation");
        domains.put("teachingRating", "teaching and training");
        DOMAINS = java.util.Collections.unmodifiableMap(domains);
    }

    public ReviewRatings {
        check("serviceDeliveryRating", serviceDelivery);
        check("serviceDevelopmentRating", serviceDevelopment);
        check("leadershipRating", leadership);
        check("researchRating", research);
        check("teachingRating", teaching);
    }

    /** The review score the decision table takes: 0 to 50. */
    public int score() {
        return serviceDelivery + serviceDevelopment + leadership + research + teaching;
    }

    private static void check(String field, int rating) {
        if (!ALLOWED.contains(rating)) {
            throw new IllegalArgumentException(field + " must be 10, 6, 2 or 0 (S30 16(ii)), not " + rating);
        }
    }
}
