package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.nhs.workforce.rosters.Executive;

/**
 * G 30 and G 31: every at-risk CE or Director who was appointed to no cluster post anywhere is
 * displaced; their employer records an outcome, alternatives first and redundancy last. Joint PCT/local
 * authority post holders get a joint review whether or not they were appointed (G 31: "either the
 * appointment or non-appointment").
 */
public final class DisplacedStaff {

    private DisplacedStaff() {
    }

    public enum Outcome {
        /** stays in their substantive PCT role (G 33: Directors stay employed by their organisation) */
        REMAINS_IN_PCT_ROLE,
        /** alternative work (G 30): consortia, commissioning support, NHS Commissioning Board, oversight */
        REDEPLOYED,
        SECONDMENT,
        /** the last resort, once the alternatives were explored (G 30) */
        REDUNDANCY,
        OTHER,
        /** not settled yet: the employer's process continues (G 30: "each case needs to be reviewed") */
        PENDING,
        /** only for a joint post holder appointed to a cluster post: the joint review is what is recorded */
        APPOINTED
    }

    /** @param appointedTo the cluster post a joint post holder was appointed to, null when displaced */
    public record Person(String employeeId, String name, String organisation, String role, boolean jointLaPost,
                         String appointedTo) {
        public Person(String employeeId, String name, String organisation, String role, boolean jointLaPost) {
            this(employeeId, name, organisation, role, jointLaPost, null);
        }
    }

    /**
     * The at-risk people appointed nowhere, then the joint post holders who were appointed, each once.
     *
     * @param appointedTo employee id to the post they were appointed to, anywhere in the region
     */
    public static List<Person> needingOutcome(Collection<Executive> atRisk, Map<String, String> appointedTo,
                                              Function<String, String> organisationName) {
        List<Person> people = new ArrayList<>();
        atRisk.stream().sorted(Comparator.comparing(Executive::employeeId)).forEach(e -> {
            String post = appointedTo.get(e.employeeId());
            if (post == null || e.jointLaPost()) {
                people.add(new Person(e.employeeId(), e.name(), organisationName.apply(e.organisationCode()),
                        PanelRules.describe(e.role(), e.portfolio()), e.jointLaPost(), post));
            }
        });
        return people;
    }

    public static List<Person> displaced(Collection<Executive> atRisk, java.util.Set<String> appointed,
                                         Function<String, String> organisationName) {
        Map<String, String> posts = new java.util.HashMap<>();
        appointed.forEach(id -> posts.put(id, "a cluster post"));
        return needingOutcome(atRisk, posts, organisationName).stream().filter(p -> p.appointedTo() == null).toList();
    }

    /**
     * The problems with a recorded outcome, each naming the form field; empty when it may stand.
     */
    public static List<String> problems(Person person, String outcome, boolean alternativesExplored,
                                        String redundancyReason, String jointReviewNotes, String outcomeDetails) {
        List<String> problems = new ArrayList<>();
        Outcome o = null;
        try {
            o = outcome == null ? null : Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (o == null) {
            problems.add("displacedOutcome: choose one of " + List.of(Outcome.values()) + " (G 30)");
            return problems;
        }
        if ((o == Outcome.APPOINTED) != (person.appointedTo() != null)) {
            problems.add("displacedOutcome: " + (person.appointedTo() != null
                    ? person.name() + " was appointed to " + person.appointedTo() + "; record the joint review (G 31)"
                    : person.name() + " was not appointed to a cluster post"));
        }
        if (o == Outcome.REDUNDANCY) {
            if (!alternativesExplored) {
                problems.add("alternativesExplored: redundancy is the last resort; confirm the alternative roles"
                        + " of G 30 were explored");
            }
            if (blank(redundancyReason)) {
                problems.add("redundancyReason: give the reason for redundancy (G 30)");
            }
        }
        if ((o == Outcome.REDEPLOYED || o == Outcome.SECONDMENT || o == Outcome.OTHER) && blank(outcomeDetails)) {
            problems.add("outcomeDetails: say " + (o == Outcome.OTHER ? "what the outcome is" : "to which role and where"));
        }
        if (person.jointLaPost() && blank(jointReviewNotes)) {
            problems.add("jointReviewNotes: " + person.name() + " holds a joint PCT/local authority post; record the"
                    + " joint review by the SHA, cluster, PCT and local authority (G 31)");
        }
        return problems;
    }

    public static List<String> problems(Person person, String outcome, boolean alternativesExplored,
                                        String redundancyReason, String jointReviewNotes) {
        return problems(person, outcome, alternativesExplored, redundancyReason, jointReviewNotes, "given");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
