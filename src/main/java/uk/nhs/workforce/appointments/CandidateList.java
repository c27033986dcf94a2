package uk.nhs.workforce.appointments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.workforce.rosters.Executive;
import uk.nhs.workforce.rosters.Organisation;

/** How pooled candidates and panel members appear in forms: names and organisations, never bare ids. */
final class CandidateList {

    private CandidateList() {
    }

    static String label(Executive e, PoolRoster roster) {
        Organisation org = roster.organisationOf(e);
        return e.name() + " – " + PanelRules.describe(e.role(), e.portfolio()) + ", "
                + (org == null ? e.organisationCode() : org.name())
                + (e.secondedOut() ? " (seconded out)" : "");
    }

    /** Select/checklist options for a Camunda Form: [{label, value}]. */
    static List<Map<String, String>> options(List<Executive> people, PoolRoster roster) {
        List<Map<String, String>> options = new ArrayList<>();
        for (Executive e : people) {
            options.add(option(label(e, roster), e.employeeId()));
        }
        return options;
    }

    static Map<String, String> option(String label, String value) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("label", label);
        o.put("value", value);
        return o;
    }

    /** A Markdown list for a form's text component. */
    static String summary(List<Executive> people, PoolRoster roster, String whenEmpty) {
        if (people.isEmpty()) {
            return whenEmpty;
        }
        StringBuilder sb = new StringBuilder();
        people.forEach(e -> sb.append("- ").append(label(e, roster)).append('\n'));
        return sb.toString();
    }

    static List<String> ids(List<Executive> people) {
        return people.stream().map(Executive::employeeId).toList();
    }
}
