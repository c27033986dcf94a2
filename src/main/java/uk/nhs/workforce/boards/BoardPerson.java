package uk.nhs.workforce.boards;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/** A chair or non-executive as a person (roster {@code person_id}), whatever boards they sit on (A 1.4). */
public record BoardPerson(String personId, String name, Sex sex, EthnicGroup ethnicGroup, String userId,
                          AppraisalRating appraisalRating) {
}
