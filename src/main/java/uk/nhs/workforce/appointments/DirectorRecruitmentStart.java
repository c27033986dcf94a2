package uk.nhs.workforce.appointments;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.Portfolio;

/**
 * Start listener of appointment-director-recruitment, one instance per Director post (G 27): checks
 * the post and prepares the stage-1 pool and the panel choices.
 */
@Component("prepareDirectorRecruitment")
public class DirectorRecruitmentStart implements ExecutionListener {

    private final AppointmentRoster roster;

    public DirectorRecruitmentStart(AppointmentRoster roster) {
        this.roster = roster;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Portfolio post;
        try {
            post = Portfolio.valueOf(VariableValues.text(execution, "directorPost"));
        } catch (RuntimeException e) {
            throw new ProcessEngineException("directorPost: must be one of " + java.util.List.of(Portfolio.values()));
        }
        if (VariableValues.text(execution, "appointedChiefExecutive") == null) {
            throw new ProcessEngineException("appointedChiefExecutive: Directors are recruited once the Chief Executive is confirmed (G 27)");
        }
        Footprint footprint;
        try {
            footprint = roster.footprint(VariableValues.text(execution, "clusterCode"));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        execution.setVariable("postTitle", title(post));
        execution.setVariable("stage", 1);
        execution.setVariable("nationalOversightRequired", post == Portfolio.FINANCE);
        PanelChoices.set(execution, footprint, roster.poolRoster(), roster.constituentBoards(footprint));
    }

    static String title(Portfolio post) {
        return switch (post) {
            case FINANCE -> "Director of Finance";
            case COMMISSIONING -> "Director of Commissioning Development";
            case MEDICAL -> "Medical Director";
            case NURSING -> "Nurse Director";
            case PERFORMANCE -> "Director of Performance";
            case OTHER -> "Director";
        };
    }
}
