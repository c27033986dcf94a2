package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import uk.nhs.workforce.rosters.Executive;

/**
 * G 30 and G 31: every at-risk CE or Director not appointed to the cluster team is displaced; their
 * employer records an outcome, alternative work first and redundancy last, and joint PCT/local
 * authority posts are flagged for joint review rather than dismantled.
 */
public final class DisplacedStaff {

    private DisplacedStaff() {
    }

    public enum Outcome {
        GP_COMMISSIONING_CONSORTIUM, COMMISSIONING_SUPPORT, NHS_COMMISSIONING_BOARD,
        QUALITY_STATUTORY_OVERSIGHT, JOINT_POST_RETAINED, REDUNDANCY
    }

    public record Person(String employeeId, String name, String organisation, String role, boolean jointLaPost) {
    }

    public static List<Person> displaced(Collection<Executive> atRisk, Set<String> appointed,
                                         java.util.function.Function<String, String> organisationName) {
        return atRisk.stream()
                .filter(e -> !appointed.contains(e.employeeId()))
                .sorted(java.util.Comparator.comparing(Executive::employeeId))
                .map(e -> new Person(e.employeeId(), e.name(), organisationName.apply(e.organisationCode()),
                        PanelRules.describe(e.role(), e.portfolio()), e.jointLaPost()))
                .toList();
    }

    /**
     * The problems with a recorded outcome, each naming the form field; empty when it may stand.
     */
    public static List<String> problems(Person person, String outcome, boolean alternativesExplored,
                                        String redundancyReason, String jointReviewNotes) {
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
        if (o == Outcome.REDUNDANCY) {
            if (!alternativesExplored) {
                problems.add("alternativesExplored: redundancy is the last resort; confirm the alternative roles"
                        + " of G 30 were explored");
            }
            if (redundancyReason == null || redundancyReason.isBlank()) {
                problems.add("redundancyReason: give the reason for redundancy (G 30)");
            }
        }
        if (o == Outcome.JOINT_POST_RETAINED && !person.jointLaPost()) {
            problems.add("displacedOutcome: " + person.name() + " does not hold a joint PCT/local authority post");
        }
        if (person.jointLaPost() && (jointReviewNotes == null || jointReviewNotes.isBlank())) {
            problems.add("jointReviewNotes: " + person.name() + " holds a joint PCT/local authority post; record the"
                    + " joint review by the SHA, cluster, PCT and local authority (G 31)");
        }
        return problems;
    }
}
