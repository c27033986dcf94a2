package uk.nhs.workforce.awards.review;

import java.util.Optional;

import uk.nhs.workforce.rosters.Consultant;

/** Where the award holder works now, compared with when the award was last reviewed (S30 4, 15). */
public enum EmploymentStatus {
    /** Same employer and specialty: the review goes ahead. */
    SAME_EMPLOYER,
    /** Another employer under Schedule 30, same specialty: the award and its review move with them (S30 4, 15). */
    MOVED_SAME_SPECIALTY,
    /** Another specialty: the change-of-circumstances provisions apply (S30 4, 15), medical staffing decides. */
    SPECIALTY_CHANGED,
    /** No longer on any Schedule 30 employer's roster: no award value from leaving (S30 15). */
    LEFT;

    public static EmploymentStatus assess(String awardEmployer, String awardSpecialty, Optional<Consultant> now) {
        if (now.isEmpty()) {
            return LEFT;
        }
        Consultant c = now.get();
        if (!c.specialty().equalsIgnoreCase(awardSpecialty)) {
            return SPECIALTY_CHANGED;
        }
        return c.employerCode().equals(awardEmployer) ? SAME_EMPLOYER : MOVED_SAME_SPECIALTY;
    }
}
