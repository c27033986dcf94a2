package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The date an appointment or its end is recorded: the engine's clock, so tests can move it. */
final class Today {

    private Today() {
    }

    static LocalDate of(VariableScope ignored) {
        return now();
    }

    static LocalDate now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
