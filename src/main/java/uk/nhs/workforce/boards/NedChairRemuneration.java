package uk.nhs.workforce.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * A 5.6: each chair's remuneration from the {@code chair-remuneration} decision table administrators
 * maintain, on the population basis of {@link ChairRemunerationBasis}; non-executives keep their current rate.
 */
@Component("nedChairRemuneration")
public class NedChairRemuneration implements JavaDelegate {

    public static final String DECISION_KEY = "chair-remuneration";

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final ChairRemunerationBasis basis = new ChairRemunerationBasis();

    public NedChairRemuneration(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards cluster = boards.cluster((String) execution.getVariable("clusterCode"));
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChairRemunerationBasis.ChairBasis chair : basis.chairBases(cluster.boards(), cluster.seats())) {
            DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
                    .variables(Variables.createVariables().putValue("weightedPopulation", chair.weightedPopulation().doubleValue()))
                    .evaluate().getSingleResult();
            Map<String, Object> row = new LinkedHashMap<>();
            BoardPerson person = cluster.people().get(chair.personId());
            row.put("personId", chair.personId());
            row.put("name", person == null ? chair.personId() : person.name());
            row.put("boards", String.join(", ", chair.boards()));
            // Tasklist shows the boards by name; the codes stay in "boards" for reports
            row.put("boardNames", String.join(", ", chair.boards().stream().map(code -> cluster.boards().stream()
                    .filter(o -> o.code().equals(code)).map(o -> o.name()).findFirst().orElse(code)).toList()));
            row.put("weightedPopulation", chair.weightedPopulation());
            row.put("remunerationBand", value(result.getEntryTyped("remunerationBand")));
            row.put("annualRemuneration", value(result.getEntryTyped("annualRemuneration")));
            rows.add(row);
        }
        execution.setVariable("chairRemuneration", variables.json(rows));
    }

    private static Object value(TypedValue typed) {
        return typed == null ? null : typed.getValue();
    }
}
