package uk.nhs.workforce.appointments;

import java.util.List;

import org.springframework.stereotype.Component;

/** Small helpers the BPMN models call in expressions (multi-instance collections, names for forms). */
@Component("appointmentExpressions")
public class AppointmentExpressions {

    private final AppointmentRoster roster;

    public AppointmentExpressions(AppointmentRoster roster) {
        this.roster = roster;
    }

    /** A comma-separated variable as a collection for a multi-instance activity. */
    public List<String> split(Object commaSeparated) {
        return VariableValues.list(commaSeparated);
    }

    public String organisationName(String code) {
        return roster.organisationName(code);
    }
}
