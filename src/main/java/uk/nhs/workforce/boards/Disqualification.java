package uk.nhs.workforce.boards;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A 5.3: "a Chair or non-executive whose appointment has been terminated is disqualified from being appointed
 * to an NHS trust for two years". One recorded termination and the day the disqualification ends.
 */
public record Disqualification(String personId, String name, LocalDate terminated, LocalDate disqualifiedUntil) {

    /** The refusal of an appointment while the disqualification runs, naming the person and its end. */
    public Refused refusal() {
        return new Refused(name + " (" + personId + ") cannot be appointed: their appointment was terminated on "
                + terminated + " and they are disqualified from appointment until " + disqualifiedUntil + " (A 5.3)");
    }

    /** Thrown wherever an appointment is written, so every process and every case sees it. */
    public static class Refused extends ProcessEngineException {
        public Refused(String message) {
            super(message);
        }
    }
}
