package uk.nhs.workforce.awards.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.workforce.rosters.Consultant;

/**
 * The JSON process variables of a round (stored as Spin Json so Tasklist forms can use them as select
 * options and REST clients read them as JSON) and the Markdown the task forms display.
 */
@Component
public class RoundVariables {

    static final String ALLOCATION = "allocationResult";

    private final ObjectMapper mapper;

    public RoundVariables(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(mapper.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new ProcessEngineException("cannot write JSON variable: " + e.getMessage(), e);
        }
    }

    /**
     * Text that may exceed the engine's 4,000-character limit for String variables (tables, reports): held as
     * a JSON string, which Tasklist forms and REST clients read as plain text.
     */
    public TypedValue longText(String text) {
        return json(text);
    }

    /** Reads a variable written by {@link #longText(String)} (or a plain String). */
    public static String textOf(Object value) {
        if (value instanceof org.camunda.spin.json.SpinJsonNode node) {
            return node.isString() ? node.stringValue() : node.toString();
        }
        return value == null ? null : value.toString();
    }

    public String jsonText(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ProcessEngineException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public AllocationResult allocation(VariableScope scope) {
        Object raw = scope.getVariable(ALLOCATION);
        if (raw == null) {
            throw new ProcessEngineException(ALLOCATION + " is missing: the round has not been allocated");
        }
        try {
            return mapper.readValue(raw.toString(), AllocationResult.class);
        } catch (JsonProcessingException e) {
            throw new ProcessEngineException(ALLOCATION + " is not a readable allocation: " + e.getMessage(), e);
        }
    }

    /** Stores the allocation and the summary the chair and applicants read. */
    public void putAllocation(VariableScope scope, AllocationResult result, Map<String, String> names) {
        scope.setVariable(ALLOCATION, json(result));
        scope.setVariable("allocationRule", result.rule());
        scope.setVariable("awardsCount", (int) result.awardCount());
        scope.setVariable("awardedTotal", result.awarded().doubleValue());
        scope.setVariable("carriedForwardToNextYear", result.carriedForward().doubleValue());
        scope.setVariable("fundedAbovePot", result.fundedAbovePot().doubleValue());
        // S30 5: money neither awarded nor carried forward with the JLNC's agreement
        scope.setVariable("uncommittedFunds", result.pot().subtract(result.awarded()).subtract(result.carriedForward())
                .max(BigDecimal.ZERO).doubleValue());
        scope.setVariable("allocationSummary", longText(summary(result, names)));
    }

    static String summary(AllocationResult r, Map<String, String> names) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(r.awardCount()).append(" awards, £").append(RoundAllocation.money(r.awarded()))
                .append(" a year from a pot of £").append(RoundAllocation.money(r.pot())).append("**");
        if (r.fundedAbovePot().signum() > 0) {
            md.append(", of which £").append(RoundAllocation.money(r.fundedAbovePot())).append(" funded above the pot");
        }
        if (r.carriedForward().signum() > 0) {
            md.append("; £").append(RoundAllocation.money(r.carriedForward())).append(" carried forward");
        }
        // a list, not a table: Tasklist keeps table cells on one line, and the reasons are long
        md.append("\n\nRule: ").append(r.rule()).append("\n\n");
        for (AwardDecision d : r.decisions()) {
            // the reason gives the rank and score
            md.append("- **").append(names.getOrDefault(d.employeeId(), d.employeeId())).append("**: **£")
                    .append(RoundAllocation.money(d.annualAmount())).append(" a year**; ").append(d.reason()).append("\n");
        }
        return md.toString();
    }

    /** Select options for a form: [{label, value}]. */
    public TypedValue options(List<Map.Entry<String, String>> labelValue) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Map.Entry<String, String> e : labelValue) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("label", e.getKey());
            o.put("value", e.getValue());
            list.add(o);
        }
        return json(list);
    }

    /**
     * Select options naming consultants: [{label, value, userId}]. The userId lets the platform's task guard
     * show a consultant only their own entry (a task shows a consultant only their own data).
     */
    public TypedValue consultantOptions(List<Consultant> consultants) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Consultant c : consultants) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("label", label(c));
            o.put("value", c.employeeId());
            o.put("userId", c.userId() == null ? "" : c.userId());
            list.add(o);
        }
        return json(list);
    }

    static String label(Consultant c) {
        return c.name() + " (" + c.employeeId() + "), " + c.specialty() + ", " + c.fte() + " FTE";
    }

    /**
     * A member has one such task per application and Tasklist lists tasks by name only, so the
     * applicant's name goes into it ("Score the application: Dr Amelia Hart").
     */
    static void nameAfterApplicant(org.camunda.bpm.engine.delegate.DelegateTask task, Object applicantName) {
        if (applicantName instanceof String name && !name.isBlank()) {
            task.setName(task.getName() + ": " + name);
        }
    }

    static BigDecimal annualCost(BigDecimal awardValue, Consultant c) {
        // awards to part-time consultants are pro rata to FTE, as the equal distribution is (issue 5 step 2)
        return awardValue.multiply(c.fte()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
