package uk.nhs.workforce.boards;

/** Why an appointment to a PCT board ended; kept with the ended appointment (A 5.3, 5.4, 5.7). */
public enum EndReason {
    /** The office holder resigned (A 5.3: by mutual agreement; or a vacancy reported as a resignation). */
    RESIGNED,
    /** The Appointments Commission terminated the appointment (A 5.3), with two years' disqualification. */
    TERMINATED,
    /** The adopted governance model gives the person no continuing role on this board (A 5.3). */
    NOT_CONTINUED,
    /** The term of office came to its end. */
    TERM_ENDED
}
