package uk.nhs.workforce.appointments;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * End listener of each Director post's call activity: adds the post's appointee and the people it
 * pooled to the appointment's running totals (directorAppointments, pooledEmployees).
 */
@Component("collectDirectorAppointment")
public class DirectorAppointmentCollector implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object appointment = execution.getVariableLocal("directorAppointment");
        DelegateExecution instance = execution.getProcessInstance();
        Map<String, Appointee> appointments = readAppointments(instance);
        if (appointment != null) {
            Appointee appointee = VariableValues.read(execution, "directorAppointment", Appointee.class);
            appointments.put(appointee.post(), appointee);
        }
        instance.setVariable("directorAppointments", VariableValues.json(appointments));
        Set<String> pooled = new LinkedHashSet<>(VariableValues.list(instance, "pooledEmployees"));
        pooled.addAll(VariableValues.list(execution.getVariableLocal("directorPooled")));
        instance.setVariable("pooledEmployees", VariableValues.joined(List.copyOf(pooled)));
        Set<String> shortlisted = new LinkedHashSet<>(VariableValues.list(instance, "shortlistedEmployees"));
        shortlisted.addAll(VariableValues.list(execution.getVariableLocal("directorShortlisted")));
        instance.setVariable("shortlistedEmployees", VariableValues.joined(List.copyOf(shortlisted)));
        List<Map<String, Object>> applicants = new java.util.ArrayList<>(
                CandidateOutcome.applicants(instance.getVariable("openCompetitionApplicants")));
        applicants.addAll(CandidateOutcome.applicants(execution.getVariableLocal("directorApplicants")));
        instance.setVariable("openCompetitionApplicants", VariableValues.json(applicants));
        Object notFilled = execution.getVariableLocal("directorNotFilled");
        if (notFilled != null) {
            Map<String, Object> all = readMap(instance.getVariable("postsNotFilled"));
            all.put(String.valueOf(execution.getVariableLocal("directorPost")), VariableValues.read(execution,
                    "directorNotFilled", Map.class));
            instance.setVariable("postsNotFilled", VariableValues.json(all));
        }
    }

    private static Map<String, Object> readMap(Object v) {
        if (v == null) {
            return new LinkedHashMap<>();
        }
        try {
            return VariableValues.JSON.readValue(v.toString(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Appointee> readAppointments(DelegateExecution instance) {
        Object v = instance.getVariable("directorAppointments");
        if (v == null) {
            return new LinkedHashMap<>();
        }
        try {
            return VariableValues.JSON.readValue(v.toString(), new TypeReference<LinkedHashMap<String, Appointee>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("directorAppointments unreadable", e);
        }
    }
}
