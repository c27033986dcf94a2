package uk.nhs.workforce.platform;

import static uk.nhs.workforce.platform.Groups.*;

import java.util.Map;
import java.util.Set;

/**
 * Which group may start which process and read whose instances. Tasks need no entry here: the engine
 * grants a task to its assignee, candidate users and candidate groups as it creates the task.
 */
final class ProcessAccess {

    static final String APPOINTMENT = "cluster-executive-appointment";
    /** called once per Director post by the appointment process; nobody starts it by hand */
    static final String DIRECTOR_RECRUITMENT = "appointment-director-recruitment";
    static final String NED = "ned-rationalisation";
    static final String VACANCY = "board-vacancy";
    static final String LCEA_ROUND = "lcea-annual-round";
    static final String NCEA = "ncea-renewal-reversion";
    static final String LCEA_REVIEW = "existing-lcea-review";

    /** group → process keys its members may start. */
    static final Map<String, Set<String>> STARTS = Map.of(
            SHA_HR, Set.of(APPOINTMENT, NED, VACANCY),
            PCT_BOARD_SECRETARY, Set.of(NED, VACANCY),
            MEDICAL_STAFFING, Set.of(LCEA_ROUND, NCEA, LCEA_REVIEW));

    /** group → process keys whose instances (and history) its members may read. */
    static final Map<String, Set<String>> READS = Map.of(
            SHA_HR, Set.of(APPOINTMENT, DIRECTOR_RECRUITMENT, NED, VACANCY),
            NATIONAL_OVERSIGHT, Set.of(APPOINTMENT, DIRECTOR_RECRUITMENT),
            HM_TREASURY, Set.of(APPOINTMENT, DIRECTOR_RECRUITMENT),
            APPOINTMENTS_COMMISSION, Set.of(NED, VACANCY),
            PCT_BOARD_SECRETARY, Set.of(APPOINTMENT, NED, VACANCY),
            MEDICAL_STAFFING, Set.of(LCEA_ROUND, NCEA, LCEA_REVIEW),
            AWARDS_COMMITTEE, Set.of(LCEA_ROUND, NCEA, LCEA_REVIEW),
            JLNC, Set.of(LCEA_ROUND),
            APPEALS_PANEL, Set.of(LCEA_ROUND));

    /** processes whose tasks go to people by user id (panels, consultants), who may read the definition */
    static final Set<String> NAMED_TO_CANDIDATE_USERS = Set.of(APPOINTMENT, DIRECTOR_RECRUITMENT, LCEA_ROUND);

    /** group → decision keys its members may read (and so evaluate, and see in Cockpit's decision view). */
    static final Map<String, Set<String>> DECISIONS = Map.of(
            SHA_HR, Set.of("chair-remuneration"),
            PCT_BOARD_SECRETARY, Set.of("chair-remuneration"),
            APPOINTMENTS_COMMISSION, Set.of("chair-remuneration"),
            MEDICAL_STAFFING, Set.of("ncea-reversion", "existing-lcea-review"),
            AWARDS_COMMITTEE, Set.of("ncea-reversion", "existing-lcea-review"));

    private ProcessAccess() {
    }
}
