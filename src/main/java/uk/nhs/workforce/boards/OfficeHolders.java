package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A 5.3: office holders without a continuing role, and what termination of an appointment means. */
public class OfficeHolders {

    /** The outcomes of the discussion A 5.3 asks for, termination only as the last resort. */
    public enum Outcome {
        ALTERNATIVE_CONTRIBUTION("Alternative contribution locally"),
        RESIGNATION("Resignation"),
        TERMINATION("Termination (last resort)");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The words the Commission reads in Tasklist, not the stored code. */
        public String label() {
            return label;
        }
    }

    /** A 5.3: a chair or non-executive whose appointment is terminated is disqualified for two years. */
    public static final int DISQUALIFICATION_YEARS = 2;

    /** People holding an appointment before who hold none in the adopted composition, in their order before. */
    public List<String> withoutContinuingRole(Collection<BoardSeat> before, Collection<BoardSeat> after) {
        Set<String> continuing = new LinkedHashSet<>();
        after.forEach(s -> continuing.add(s.personId()));
        Set<String> leaving = new LinkedHashSet<>();
        before.stream().map(BoardSeat::personId).filter(p -> !continuing.contains(p)).forEach(leaving::add);
        return List.copyOf(leaving);
    }

    /** The last day of disqualification from appointment to an NHS trust after a termination (A 5.3). */
    public LocalDate disqualificationEnds(LocalDate terminationDate) {
        return terminationDate.plusYears(DISQUALIFICATION_YEARS);
    }
}
