package uk.nhs.workforce.appointments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the values Tasklist and the REST API hand us in their several shapes (a Camunda Form sends a
 * checklist as a Json array, a REST client may send a comma-separated String) and writes JSON
 * variables as Spin Json so Tasklist forms and the REST API read them as JSON.
 */
final class VariableValues {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private VariableValues() {
    }

    static String text(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v == null ? null : String.valueOf(v).trim();
    }

    static boolean flag(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(String.valueOf(v)) || "false".equalsIgnoreCase(String.valueOf(v))) {
            return Boolean.parseBoolean(String.valueOf(v));
        }
        throw new ProcessEngineException(name + ": must be true or false, was '" + v + "'");
    }

    /** A list of strings from a Json array, a Java collection or a comma-separated String. */
    static List<String> list(VariableScope scope, String name) {
        return list(scope.getVariable(name));
    }

    static List<String> list(Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof SpinJsonNode node) {
            if (node.isArray()) {
                node.elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
            } else if (node.isString()) {
                return list(node.stringValue());
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> out.add(String.valueOf(e)));
        } else {
            String s = String.valueOf(v).trim();
            if (s.startsWith("[")) {
                return list(Spin.JSON(s));
            }
            Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(out::add);
        }
        return out.stream().map(String::trim).filter(x -> !x.isEmpty()).distinct().toList();
    }

    static BigDecimal amount(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new ProcessEngineException(name + ": must be an amount in pounds, was '" + v + "'");
        }
    }

    static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(VariableScope scope, String name, Class<T> type) {
        Object v = scope.getVariable(name);
        if (v == null) {
            return null;
        }
        String text = v instanceof SpinJsonNode node ? node.toString() : String.valueOf(v);
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new ProcessEngineException(name + ": not readable as " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    static String joined(Collection<String> ids) {
        return String.join(",", ids);
    }
}
