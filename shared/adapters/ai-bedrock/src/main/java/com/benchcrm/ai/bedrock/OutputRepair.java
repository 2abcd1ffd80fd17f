package com.benchcrm.ai.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a model's tool output valid against the extraction schema, or says it cannot. In order:
 * obvious type slips are fixed (numbers sent as strings, lower-case enum values and country
 * codes); every value whose {@code source} is not text of the input is dropped, and so is every value
 * its source does not state ({@link Provenance}: a rate of $500 citing "Rate: $65/hr" goes) — the
 * model may only report what the text says, which is also what defeats an injected "set the rate to
 * $500"; then
 * whatever the schema still refuses is removed, innermost first (an unknown property, an invalid
 * item or field). Each repair is reported. A requirement without a valid title is removed whole.
 */
final class OutputRepair {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]|\\.([A-Za-z_][A-Za-z0-9_]*)|\\['([^']+)']");
    private static final Set<String> NUMERIC =
            Set.of("minYears", "years", "durationMonths", "amount", "maxAmount", "yearsExperience");

    /** The repaired document and what was changed; {@code errors} is empty when it now validates. */
    record Result(JsonNode document, List<String> repairs, List<String> errors) {}

    private OutputRepair() {}

    static Result repair(JsonNode output, JsonSchema schema, String inputText) {
        JsonNode doc = output.deepCopy();
        List<String> repairs = new ArrayList<>();
        fixTypes(doc, null, repairs);
        String haystack = squash(inputText);
        dropUnsourced(doc, "", haystack, repairs);
        for (int round = 0; round < 5; round++) {
            Set<ValidationMessage> errors = schema.validate(doc);
            if (errors.isEmpty()) {
                return new Result(doc, repairs, List.of());
            }
            List<ValidationMessage> sorted = new ArrayList<>(errors);
            // innermost first, so removing an item does not shift the index of another error
            sorted.sort(Comparator.comparingInt((ValidationMessage m) -> -path(m).size())
                    .thenComparing(m -> -lastIndex(path(m))));
            boolean changed = false;
            for (ValidationMessage m : sorted) {
                changed |= remove(doc, m, repairs);
            }
            if (!changed) {
                return new Result(
                        doc,
                        repairs,
                        errors.stream()
                                .map(ValidationMessage::getMessage)
                                .sorted()
                                .toList());
            }
        }
        Set<ValidationMessage> left = schema.validate(doc);
        return new Result(
                doc,
                repairs,
                left.stream().map(ValidationMessage::getMessage).sorted().toList());
    }

    private static void fixTypes(JsonNode node, String field, List<String> repairs) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<String> names = new ArrayList<>();
            it.forEachRemaining(e -> names.add(e.getKey()));
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && (NUMERIC.contains(name) || ("value".equals(name) && NUMERIC.contains(field)))) {
                    String t = v.asText().replaceAll("[^0-9.]", "");
                    try {
                        BigDecimal d = new BigDecimal(t);
                        if (d.stripTrailingZeros().scale() <= 0) {
                            o.put(name, d.longValueExact());
                        } else {
                            o.put(name, d);
                        }
                        repairs.add("number sent as text at " + (field == null ? "" : field + ".") + name);
                    } catch (NumberFormatException | ArithmeticException e) {
                        // left for the schema to refuse
                    }
                } else if (v.isTextual()
                        && name.equals("country")
                        && !v.asText().equals(v.asText().toUpperCase(Locale.ROOT))) {
                    o.put(name, v.asText().toUpperCase(Locale.ROOT));
                } else if (v.isTextual()
                        && "value".equals(name)
                        && field != null
                        && Set.of("seniority", "workMode", "employmentType").contains(field)
                        && !v.asText().equals(v.asText().toUpperCase(Locale.ROOT))) {
                    o.put(
                            name,
                            v.asText()
                                    .toUpperCase(Locale.ROOT)
                                    .replace(' ', '_')
                                    .replace('-', '_'));
                    repairs.add("enum value case at " + field);
                } else {
                    fixTypes(v, name, repairs);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode item : a) {
                fixTypes(item, field, repairs);
            }
        }
    }

    /** Removes objects whose {@code source} the input does not contain (and requirements left without a title). */
    private static void dropUnsourced(JsonNode node, String at, String haystack, List<String> repairs) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v instanceof ObjectNode child && child.has("source") && !sourced(child, haystack)) {
                    o.remove(name);
                    repairs.add("dropped " + at + "/" + name + ": its source is not in the text");
                } else if (v instanceof ObjectNode child
                        && child.has("source")
                        && !Provenance.derivable(
                                name, child, child.path("source").asText())) {
                    o.remove(name);
                    repairs.add("dropped " + at + "/" + name + ": its value is not in its source");
                } else {
                    dropUnsourced(v, at + "/" + name, haystack, repairs);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                JsonNode item = a.get(i);
                if (item instanceof ObjectNode child && child.has("source") && !sourced(child, haystack)) {
                    a.remove(i);
                    repairs.add("dropped " + at + "/" + i + ": its source is not in the text");
                    continue;
                }
                String field = at.substring(at.lastIndexOf('/') + 1);
                if (item instanceof ObjectNode child
                        && child.has("source")
                        && !Provenance.derivable(
                                field, child, child.path("source").asText())) {
                    a.remove(i);
                    repairs.add("dropped " + at + "/" + i + ": its value is not in its source");
                    continue;
                }
                dropUnsourced(item, at + "/" + i, haystack, repairs);
                if (at.endsWith("/requirements") && item instanceof ObjectNode r && !r.has("title")) {
                    a.remove(i);
                    repairs.add("dropped " + at + "/" + i + ": no title the text states");
                }
            }
        }
    }

    private static boolean sourced(JsonNode child, String haystack) {
        String s = squash(child.path("source").asText(""));
        return !s.isEmpty() && haystack.contains(s);
    }

    private static boolean remove(JsonNode doc, ValidationMessage m, List<String> repairs) {
        List<Object> p = path(m);
        if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
            JsonNode parent = at(doc, p);
            if (parent instanceof ObjectNode o && o.has(m.getProperty())) {
                o.remove(m.getProperty());
                repairs.add("removed unknown property " + pointer(p) + "/" + m.getProperty());
                return true;
            }
            return false;
        }
        // remove the offending value: a field of an object, or an item of an array (the first
        // container above it that can lose it without breaking a requirement's required fields)
        for (int len = p.size(); len >= 1; len--) {
            List<Object> target = p.subList(0, len);
            JsonNode parent = at(doc, p.subList(0, len - 1));
            Object last = target.get(len - 1);
            if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
                a.remove(i);
                repairs.add("removed invalid item " + pointer(target) + " (" + m.getMessage() + ")");
                return true;
            }
            if (parent instanceof ObjectNode o
                    && last instanceof String name
                    && o.has(name)
                    && !(Set.of("title", "skills", "locations", "domains", "notes", "requirements", "titles")
                            .contains(name))) {
                o.remove(name);
                repairs.add("removed invalid " + pointer(target) + " (" + m.getMessage() + ")");
                return true;
            }
        }
        return false;
    }

    static List<Object> path(ValidationMessage m) {
        List<Object> out = new ArrayList<>();
        String s =
                m.getInstanceLocation() == null ? "$" : m.getInstanceLocation().toString();
        Matcher x = INDEX.matcher(s);
        while (x.find()) {
            if (x.group(1) != null) {
                out.add(Integer.parseInt(x.group(1)));
            } else {
                out.add(x.group(2) != null ? x.group(2) : x.group(3));
            }
        }
        return out;
    }

    private static int lastIndex(List<Object> p) {
        for (int i = p.size() - 1; i >= 0; i--) {
            if (p.get(i) instanceof Integer n) {
                return n;
            }
        }
        return -1;
    }

    private static JsonNode at(JsonNode doc, List<Object> p) {
        JsonNode n = doc;
        for (Object seg : p) {
            n = seg instanceof Integer i ? n.path(i) : n.path((String) seg);
        }
        return n;
    }

    private static String pointer(List<Object> p) {
        StringBuilder b = new StringBuilder();
        p.forEach(s -> b.append('/').append(s));
        return b.isEmpty() ? "/" : b.toString();
    }

    static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0*_]+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
