package uk.nhs.workforce.boards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.nhs.workforce.rosters.AppraisalRating;
import uk.nhs.workforce.rosters.EthnicGroup;
import uk.nhs.workforce.rosters.Sex;

/**
 * G 39, A 4.6: the share of women and of each ethnic group among the cluster's chairs and non-executives
 * before (the start's snapshot) and after (the boards as appointed), each person counted once.
 */
@Component("nedEqualityReport")
public class NedEqualityReport implements JavaDelegate {

    private final BoardsRepository boards;
    private final CompositionVariables variables;
    private final EqualityShares shares = new EqualityShares();

    public NedEqualityReport(BoardsRepository boards, CompositionVariables variables) {
        this.boards = boards;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClusterBoards now = boards.cluster((String) execution.getVariable("clusterCode"));
        List<BoardPerson> before = variables.list(execution.getVariable("peopleBefore"), "peopleBefore").stream()
                .map(r -> new BoardPerson((String) r.get("personId"), (String) r.get("name"), Sex.valueOf((String) r.get("sex")),
                        EthnicGroup.valueOf((String) r.get("ethnicGroup")), null, AppraisalRating.valueOf((String) r.get("appraisalRating"))))
                .toList();
        EqualityShares.Report report = shares.compare(before, now.people().values());
        execution.setVariable("equalityReport", variables.json(report));
        execution.setVariable("equalityShareFalls", report.anyFalls());
        execution.setVariable("equalityTable", variables.json(report.shares().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", groupName(s.group()));
            row.put("before", percent(s.before()));
            row.put("after", percent(s.after()));
            row.put("flag", s.falls() ? "Share falls" : "");
            return row;
        }).toList()));
        execution.setVariable("equalitySummary", "Chairs and non-executives counted once each: " + report.peopleBefore()
                + " before, " + report.peopleAfter() + " after." + (report.anyFalls()
                ? " At least one share falls: the assessment must say how the fall is mitigated." : " No share falls."));
    }

    /** The group as a person reads it: "Women", "Ethnic group: Not stated". */
    static String groupName(String group) {
        if (group.equals("WOMEN")) {
            return "Women";
        }
        String code = group.substring("ETHNIC_GROUP_".length()).replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return "Ethnic group: " + Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private static String percent(BigDecimal share) {
        return Objects.requireNonNull(share).multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }
}
