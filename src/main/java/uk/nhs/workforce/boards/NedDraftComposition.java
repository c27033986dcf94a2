package uk.nhs.workforce.boards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 3: drafts a composition for the chosen governance model (A 4.3–4.7) for the secretaries to adjust. */
@Component("nedDraftComposition")
public class NedDraftComposition implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final BoardsProperties properties;

    public NedDraftComposition(BoardsRepository boards, CompositionVariables variables, BoardsProperties properties) {
        this.boards = boards;
        this.variables = variables;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = boards.cluster((String) execution.getVariable("clusterCode"));
        GovernanceModel model;
        try {
            model = GovernanceModel.valueOf(String.valueOf(execution.getVariable("governanceModel")));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("governanceModel must be one of MODEL_1, MODEL_2, MODEL_3, MODEL_4, OTHER");
        }
        variables.writeOptions(execution, cluster);
        // a send-back keeps the secretaries' adjusted composition: only a change of governance model drafts afresh
        if (Boolean.TRUE.equals(execution.getVariable("compositionAdjusted")) && model.name().equals(execution.getVariable("draftedForModel"))) {
            ClusterBoards withNew = variables.withNewPeople(execution, cluster);
            variables.write(execution, withNew, variables.readAppointments(execution, withNew));
            execution.setVariable("compositionNotice", "Your adjusted composition is kept: the governance model did not change.");
            return;
        }
        DraftedComposition draft = new CompositionDrafter(properties.draftSettings()).draft(model, cluster.boards(), cluster.members());
        execution.setVariable("draftedForModel", model.name());
        execution.setVariable("compositionAdjusted", false);
        execution.setVariable("newPeople", variables.json(java.util.List.of()));
        execution.setVariable("nominations", variables.json(java.util.List.of()));
        execution.setVariable("compositionNotice", "");
        variables.write(execution, cluster, draft.seats());
        if (draft.clusterBoardChair() != null) {
            Map<String, Object> clusterBoard = new LinkedHashMap<>();
            clusterBoard.put("chair", person(cluster, draft.clusterBoardChair()));
            clusterBoard.put("nonExecutives", draft.clusterBoardNonExecutives().stream().map(p -> person(cluster, p)).toList());
            execution.setVariable("clusterBoard", variables.json(clusterBoard));
            execution.setVariable("clusterBoardText", "Cluster board (A 4.3): chaired by " + name(cluster, draft.clusterBoardChair())
                    + " with cluster non-executives " + String.join(", ",
                    draft.clusterBoardNonExecutives().stream().map(p -> name(cluster, p)).toList())
                    + ". The PCT boards below keep their own members; appointments are to the PCT boards (A 5.4).");
        } else {
            execution.setVariable("clusterBoard", null);
            execution.setVariable("clusterBoardText", "");
        }
    }

    private static Map<String, Object> person(ClusterBoards cluster, String personId) {
        return Map.of("personId", personId, "name", name(cluster, personId));
    }

    private static String name(ClusterBoards cluster, String personId) {
        BoardPerson p = cluster.people().get(personId);
        return p == null ? personId : p.name();
    }
}
