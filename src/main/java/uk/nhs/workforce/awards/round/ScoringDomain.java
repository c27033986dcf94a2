package uk.nhs.workforce.awards.round;

/**
 * The five scoring domains of the local scheme (S30 2, 8), each rated 10, 6, 2 or 0: the domains and ratings of the
 * pre-April-2018 local awards, which S30 16(ii) keeps for reviews, are the team's default for new awards too.
 * The variable names are those the forms and the REST API use.
 */
public enum ScoringDomain {
    SERVICE_DELIVERY("serviceDeliveryRating", "serviceDeliveryStatement", "Service delivery"),
    SERVICE_DEVELOPMENT("serviceDevelopmentRating", "serviceDevelopmentStatement", "Service development"),
    LEADERSHIP("leadershipRating", "leadershipStatement", "Leadership and management"),
    RESEARCH("researchRating", "researchStatement", "Research and innovation"),
    TEACHING("teachingRating", "teachingStatement", "Teaching and training");

    private final String ratingVariable;
    private final String statementVariable;
    private final String label;

    ScoringDomain(String ratingVariable, String statementVariable, String label) {
        this.ratingVariable = ratingVariable;
        this.statementVariable = statementVariable;
        this.label = label;
    }

    public String ratingVariable() {
        return ratingVariable;
    }

    public String statementVariable() {
        return statementVariable;
    }

    public String label() {
        return label;
    }

    /**
     * A rating as the committee may give it: 10, 6, 2 or 0 and nothing else. Accepts numbers and
     * numeric text (forms submit selects as text or numbers); anything else is refused naming the field.
     */
    public int requireRating(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException(ratingVariable + " is required: rate " + label + " 10, 6, 2 or 0");
        }
        int rating;
        try {
            double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (d != Math.rint(d)) {
                throw new NumberFormatException();
            }
            rating = (int) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ratingVariable + " must be 10, 6, 2 or 0, was " + value);
        }
        if (rating != 10 && rating != 6 && rating != 2 && rating != 0) {
            throw new IllegalArgumentException(ratingVariable + " must be 10, 6, 2 or 0, was " + rating);
        }
        return rating;
    }
}
