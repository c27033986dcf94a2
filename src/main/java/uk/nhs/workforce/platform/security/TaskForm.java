package uk.nhs.workforce.platform.security;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one task's Camunda Form lets its user see and change, read from the form itself.
 * <ul>
 * <li>{@code editable}: keys (and dynamic-list / group paths) of fields the user fills in: all a completion may carry;</li>
 * <li>{@code readOnly}: keys of read-only or disabled fields: form-js submits them, but they may not change;</li>
 * <li>{@code readable}: every variable the form shows: field keys, option lists ({@code valuesKey}) and the
 * names used in its templates ({@code {{...}}}) and expressions ({@code =...}).</li>
 * </ul>
 */
public record TaskForm(Set<String> editable, Set<String> readOnly, Set<String> readable) {

    /** A task without a form: nothing to submit, nothing to read through it. */
    public static final TaskForm NONE = new TaskForm(Set.of(), Set.of(), Set.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** component types that show text or layout and submit nothing */
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator",
            "button", "iframe", "table", "documentPreview");

    public static TaskForm parse(String formJson) {
        try {
            JsonNode root = JSON.readTree(formJson);
            Set<String> editable = new LinkedHashSet<>();
            Set<String> readOnly = new LinkedHashSet<>();
            Set<String> readable = new LinkedHashSet<>();
            components(root.path("components"), editable, readOnly, readable, false);
            names(root, readable);
            return new TaskForm(Set.copyOf(editable), Set.copyOf(readOnly), Set.copyOf(readable));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("form is not JSON: " + e.getMessage(), e);
        }
    }

    public boolean mayWrite(String variable) {
        return editable.contains(variable);
    }

    public boolean mayRead(String variable) {
        return readable.contains(variable) || editable.contains(variable) || readOnly.contains(variable);
    }

    private static void components(JsonNode components, Set<String> editable, Set<String> readOnly,
                                   Set<String> readable, boolean parentReadOnly) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            boolean locked = parentReadOnly || isTrue(c, "readonly") || isTrue(c, "disabled");
            String key = c.path("key").asText(null);
            String path = c.path("path").asText(null);
            if (c.hasNonNull("valuesKey")) {
                readable.add(c.get("valuesKey").asText());
            }
            if ("dynamiclist".equals(type) || ("group".equals(type) && path != null)) {
                // a list or a group with a path is submitted as one value under its path; it is the user's
                // when any of its fields is (its read-only columns are the process's checks' business)
                Set<String> innerEditable = new LinkedHashSet<>();
                components(c.path("components"), innerEditable, new LinkedHashSet<>(), readable, locked);
                if (path != null) {
                    readable.add(root(path));
                    (innerEditable.isEmpty() ? readOnly : editable).add(root(path));
                }
                continue;
            }
            if (c.has("components")) {
                components(c.get("components"), editable, readOnly, readable, locked);
            }
            if (key != null && !DISPLAY_ONLY.contains(type)) {
                readable.add(root(key));
                (locked ? readOnly : editable).add(root(key));
            }
        }
    }

    private static String root(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static boolean isTrue(JsonNode c, String property) {
        return c.path(property).isBoolean() && c.path(property).asBoolean();
    }

    /** Every name used in a template or an expression anywhere in the form. */
    private static void names(JsonNode node, Set<String> readable) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("=")) {
                identifiers(text.substring(1), readable);
            }
            Matcher m = TEMPLATE.matcher(text);
            while (m.find()) {
                identifiers(m.group(1), readable);
            }
        } else if (node.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                names(fields.next().getValue(), readable);
            }
            if (node.isArray()) {
                node.forEach(n -> names(n, readable));
            }
        }
    }

    private static void identifiers(String expression, Set<String> readable) {
        Matcher m = NAME.matcher(expression.replaceAll("\"[^\"]*\"", " "));
        while (m.find()) {
            readable.add(m.group());
        }
    }
}
