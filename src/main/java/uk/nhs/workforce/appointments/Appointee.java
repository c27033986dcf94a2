package uk.nhs.workforce.appointments;

import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Sex;

/**
 * Someone appointed to a cluster post: a pooled executive from the roster, or an external candidate
 * from open competition (stage 3) whose details the panel entered.
 */
public record Appointee(String post, String employeeId, String name, String organisation, Sex sex,
                        EthnicGroup ethnicGroup, boolean laHealthExperience, boolean external, int stage) {

    public static Appointee pooled(String post, Executive e, String organisationName, int stage) {
        return new Appointee(post, e.employeeId(), e.name(), organisationName, e.sex(), e.ethnicGroup(),
                e.laHealthExperience(), false, stage);
    }
}
