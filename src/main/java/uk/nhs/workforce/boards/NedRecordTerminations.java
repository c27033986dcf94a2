package uk.nhs.workforce.boards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A 5.3: the Appointments Commission, with the Secretary of State's delegated power, has terminated the
 * appointments of the office holders for whom mutual agreement could not be reached; each is recorded with
 * the end of the two-year disqualification that follows ({@code terminations}).
 */
@Component("nedRecordTerminations")
public class NedRecordTerminations implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final OfficeHolders officeHolders = new OfficeHolders();

    public NedRecordTerminations(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate terminated = LocalDate.parse(String.valueOf(execution.getVariable("terminationDate")).substring(0, 10));
        LocalDate until = officeHolders.disqualificationEnds(terminated);
        String cluster = (String) execution.getVariable("clusterCode");
        List<Map<String, Object>> terminations = new ArrayList<>();
        for (Map<String, Object> row : variables.list(execution.getVariable("officeHolders"), "officeHolders")) {
            if (!"TERMINATION".equals(row.get("outcome"))) {
                continue;
            }
            String personId = (String) row.get("personId");
            boards.recordTermination(personId, (String) row.get("name"), cluster, terminated, until, execution.getProcessInstanceId());
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("personId", personId);
            t.put("name", row.get("name"));
            t.put("terminationDate", terminated.toString());
            t.put("disqualifiedUntil", until.toString());
            terminations.add(t);
        }
        execution.setVariable("terminations", variables.json(terminations));
    }
}
