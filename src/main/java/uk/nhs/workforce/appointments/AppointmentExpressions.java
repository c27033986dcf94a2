package uk.nhs.workforce.appointments;

import java.util.List;

import org.springframework.stereotype.Component;

/** Helpers the BPMN models call in expressions: multi-instance collections from comma-separated variables. */
@Component("appointmentExpressions")
public class AppointmentExpressions {

    /** A comma-separated variable as a collection for a multi-instance activity. */
    public List<String> split(Object commaSeparated) {
        return VariableValues.list(commaSeparated);
    }
}
