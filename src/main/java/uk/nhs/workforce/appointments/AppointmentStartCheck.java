package uk.nhs.workforce.appointments;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of cluster-executive-appointment: checks the inputs (CONTRACT §4), that the cluster
 * exists and that no other appointment runs for it, before anything is stored.
 */
@Component("validateAppointmentStart")
public class AppointmentStartCheck implements ExecutionListener {

    static final String PROCESS_KEY = "cluster-executive-appointment";

    private final AppointmentRoster roster;

    public AppointmentStartCheck(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AppointmentRequest request;
        Footprint footprint;
        try {
            for (String evidence : AppointmentRequest.NOT_START_INPUTS) {
                if (execution.hasVariable(evidence)) {
                    throw new IllegalArgumentException(evidence + ": not a start input; the NHS Chief Executive's"
                            + " sign-off (G 7) and agreement to revisit established arrangements (G 20) are given by"
                            + " national-oversight in its own task");
                }
            }
            request = AppointmentRequest.of(execution.getVariable("clusterCode"), execution.getVariable("poolingOption"),
                    VariableValues.list(execution, "directorPosts"), execution.getVariable("establishedArrangements"));
            footprint = roster.footprint(request.clusterCode());
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals("clusterCode", request.clusterCode())
                .active().count()
                + execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals("clusterCode", request.clusterCode())
                .suspended().count();
        if (running > 0) {
            throw new ProcessEngineException("clusterCode: an appointment process is already running for cluster '"
                    + request.clusterCode() + "'; one appointment runs per cluster at a time");
        }
        execution.setVariable("clusterCode", request.clusterCode());
        execution.setVariable("directorPosts", request.directorPostsText());
        execution.setVariable("establishedArrangements", request.establishedArrangements());
        execution.setVariable("constituentPcts", VariableValues.joined(List.copyOf(footprint.constituentCodes())));
        execution.setVariable("clusterSummary", footprint.constituents().stream()
                .map(o -> "- " + o.name() + " (" + o.code() + (o.type().isCareTrust() ? ", care trust" : "") + ")")
                .reduce("", (a, b) -> a + b + "\n"));
    }
}
