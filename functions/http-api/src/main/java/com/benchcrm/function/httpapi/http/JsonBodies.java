package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies strictly and applies JSON merge patches (RFC 7396). Every failure is an
 * {@link ApiException} naming the offending field with a JSON pointer.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** Parses a body into {@code type}, refusing a wrong media type, malformed JSON, unknown fields and wrong types. */
    public static <T> T read(HttpRequest request, Class<T> type, String... mediaTypes) {
        requireMediaType(request, mediaTypes.length == 0 ? new String[] {HttpResponse.JSON} : mediaTypes);
        try {
            JsonNode tree = Json.strict().readTree(request.body());
            if (tree == null || tree.isMissingNode()) {
                throw new ApiException(
                        400, "malformed-json", "Malformed JSON", "the request body is empty; send a JSON object");
            }
            if (!tree.isObject()) {
                throw new ApiException(400, "invalid-body", "Invalid body", "the request body must be a JSON object");
            }
            return Json.strict().treeToValue(tree, type);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Reads the body as a JSON object (a merge patch). */
    public static ObjectNode readPatch(HttpRequest request) {
        requireMediaType(request, "application/merge-patch+json", HttpResponse.JSON);
        try {
            JsonNode tree = Json.strict().readTree(request.body());
            if (tree == null || !tree.isObject()) {
                throw new ApiException(400, "invalid-body", "Invalid body", "a merge patch must be a JSON object");
            }
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Applies a merge patch to {@code current} and reads the result back as {@code type}, strictly. */
    public static <T> T merge(T current, ObjectNode patch, Class<T> type) {
        JsonNode target = Json.strict().valueToTree(current);
        JsonNode merged = applyMergePatch(target, patch);
        try {
            return Json.strict().treeToValue(merged, type);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    static JsonNode applyMergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : Json.strict().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), applyMergePatch(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private static void requireMediaType(HttpRequest request, String... accepted) {
        String contentType = request.header("content-type").orElse("");
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            if (a.equals(mediaType)) {
                return;
            }
        }
        throw new ApiException(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "send the body as " + String.join(" or ", accepted)
                        + (mediaType.isEmpty() ? "" : ", not " + mediaType));
    }

    static ApiException translate(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new ApiException(400, "invalid-body", "Invalid body", "the body exceeds a size or nesting limit");
        }
        if (e instanceof JsonParseException p) {
            return new ApiException(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "the body is not valid JSON (line " + p.getLocation().getLineNr() + ", column "
                            + p.getLocation().getColumnNr() + ")");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String pointer = pointer(u);
            return new ApiException(
                    400,
                    "invalid-body",
                    "Invalid body",
                    "unknown field " + pointer,
                    List.of(new Problem.FieldProblem(pointer, "is not a field of this resource")));
        }
        if (e instanceof InvalidFormatException f) {
            String pointer = pointer(f);
            return new ApiException(
                    400,
                    "invalid-body",
                    "Invalid body",
                    "wrong value at " + pointer,
                    List.of(new Problem.FieldProblem(pointer, "expected " + describe(f.getTargetType()))));
        }
        if (e instanceof MismatchedInputException m) {
            String pointer = pointer(m);
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            return new ApiException(
                    400,
                    "invalid-body",
                    "Invalid body",
                    "wrong type at " + pointer,
                    List.of(new Problem.FieldProblem(pointer, "expected " + expected)));
        }
        if (e instanceof JsonMappingException m) {
            String pointer = pointer(m);
            return new ApiException(
                    400,
                    "invalid-body",
                    "Invalid body",
                    "cannot read " + pointer,
                    List.of(new Problem.FieldProblem(pointer, "is not valid here")));
        }
        if (e instanceof JsonProcessingException) {
            return new ApiException(400, "malformed-json", "Malformed JSON", "the body is not valid JSON");
        }
        return new ApiException(400, "malformed-json", "Malformed JSON", "the body could not be read");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.isEmpty() ? "/" : sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-03-01";
        }
        return "an object";
    }
}
