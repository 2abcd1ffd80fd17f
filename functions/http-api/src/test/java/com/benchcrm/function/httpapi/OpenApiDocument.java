package com.benchcrm.function.httpapi;

import com.benchcrm.function.httpapi.health.HealthRoutes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of the HTTP API ({@value HealthRoutes#OPENAPI_RESOURCE}), loaded for tests,
 * and a checker of real responses against it.
 *
 * <p>Schemas are JSON Schema 2020-12 (networknt), with format assertions on ({@code uuid},
 * {@code date}, {@code date-time}, {@code uri}). {@code $ref}s to response, header, parameter and
 * example objects are followed here; {@code $ref}s inside schemas are resolved by the validator
 * within this same document, so {@code #/components/schemas/...} works as written.
 *
 * <pre>{@code
 * OpenApiDocument doc = OpenApiDocument.load();
 * doc.assertResponse("GET", "/v1/consultants/{id}", 200, "application/json", body);
 * List<String> problems = doc.checkHttpResponse("GET", "/health", 200, headers, rawBody);
 * }</pre>
 *
 * <p>Every check fails, with a readable message, when the operation, the status or the media type
 * is not documented; a response for a method a documented path does not have is looked up in the
 * path's {@code x-unsupported-methods}, one for a path no template matches in the document's
 * {@code x-unmatched-paths}.
 */
public final class OpenApiDocument {

    /** The IRI the document is known by inside the validator; nothing is fetched from it. */
    static final String BASE_IRI = "https://benchcrm.dev/openapi/benchcrm-api.yaml";

    /** The operation keys of an OpenAPI path item. */
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String text;
    private final JsonNode root;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(String text) {
        this.text = text;
        try {
            this.root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the OpenAPI document is not valid YAML: " + e.getOriginalMessage(), e);
        }
        // The 2020-12 dialect; the fields of the OpenAPI object at the document's root are declared
        // as non-validating keywords so that loading the document as a schema resource is quiet.
        List<NonValidationKeyword> documentFields = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> documentFields.add(new NonValidationKeyword(name)));
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(documentFields)
                .build();
        this.factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder ->
                        builder.metaSchema(dialect).schemaLoaders(loaders -> loaders.schemas(Map.of(BASE_IRI, text))));
        this.config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
    }

    /** The document the function serves, from the classpath. */
    public static OpenApiDocument load() {
        try (InputStream in =
                OpenApiDocument.class.getClassLoader().getResourceAsStream(HealthRoutes.OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + HealthRoutes.OPENAPI_RESOURCE + " on the classpath");
            }
            return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document from YAML text. */
    public static OpenApiDocument parse(String yaml) {
        return new OpenApiDocument(yaml);
    }

    public String text() {
        return text;
    }

    public JsonNode root() {
        return root;
    }

    /** {@code "METHOD /template"} of every documented operation, sorted. */
    public Set<String> operationKeys() {
        Set<String> keys = new TreeSet<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    keys.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        });
        return keys;
    }

    /** The operation object of {@code METHOD template}, if documented. */
    public Optional<JsonNode> operation(String method, String pathTemplate) {
        JsonNode op = root.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        return op.isObject() ? Optional.of(op) : Optional.empty();
    }

    /**
     * The documented template a concrete path matches, the way the function's router matches
     * ({@code {name}} is one non-empty segment, a trailing slash is ignored); literal segments win
     * over parameters.
     */
    public Optional<String> pathTemplateOf(String rawPath) {
        String[] path = segments(rawPath);
        List<String> matches = new ArrayList<>();
        root.path("paths").fieldNames().forEachRemaining(template -> {
            String[] t = segments(template);
            if (t.length != path.length) {
                return;
            }
            for (int i = 0; i < t.length; i++) {
                boolean parameter = t[i].startsWith("{") && t[i].endsWith("}");
                int close = t[i].indexOf('}');
                boolean suffixed = !parameter && t[i].startsWith("{") && close > 1; // {id}.ics
                if (suffixed) {
                    String suffix = t[i].substring(close + 1);
                    if (path[i].length() <= suffix.length() || !path[i].endsWith(suffix)) {
                        return;
                    }
                } else if (parameter ? path[i].isEmpty() : !t[i].equals(path[i])) {
                    return;
                }
            }
            matches.add(template);
        });
        // literal segments win over parameters, and a parameter with a literal suffix over a bare one
        return matches.stream()
                .min(Comparator.comparingLong(
                                (String t) -> t.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.comparingInt(String::length).reversed()));
    }

    // ---------------------------------------------------------------------------------- responses

    /**
     * Checks a response's status, media type and body (headers are not looked at).
     *
     * @param pathTemplate a documented path template, or null for a path that matches none
     * @param contentType  the response's Content-Type (parameters are ignored), or null when it had none
     * @param body         the parsed body, or null when there was none
     * @return the problems found, empty when the response is as documented
     */
    public List<String> checkResponse(
            String method, String pathTemplate, int status, String contentType, JsonNode body) {
        List<String> problems = new ArrayList<>();
        String what = method + " " + (pathTemplate == null ? "<unmatched path>" : pathTemplate) + " -> " + status;
        Optional<Located> response = response(method, pathTemplate, status, problems);
        response.ifPresent(r -> checkContent(r, contentType, body, problems));
        return prefixed(what, problems);
    }

    /**
     * Checks a response as the function returned it: status, headers (every documented required
     * header present and valid, no undocumented header except Content-Type), media type, and the
     * raw body, parsed as JSON for JSON media types and as YAML for YAML ones.
     *
     * @param headers the response headers (any case)
     */
    public List<String> checkHttpResponse(
            String method, String pathTemplate, int status, Map<String, String> headers, String rawBody) {
        List<String> problems = new ArrayList<>();
        String what = method + " " + (pathTemplate == null ? "<unmatched path>" : pathTemplate) + " -> " + status;
        Optional<Located> response = response(method, pathTemplate, status, problems);
        if (response.isPresent()) {
            String contentType = header(headers, "content-type");
            JsonNode body = null;
            if (rawBody != null && !rawBody.isEmpty()) {
                String mediaType = mediaType(contentType);
                try {
                    body = isYaml(mediaType)
                            ? YAML.readTree(rawBody)
                            : isJson(mediaType) ? JSON.readTree(rawBody) : TextNode.valueOf(rawBody);
                } catch (JsonProcessingException e) {
                    problems.add("the body is not " + mediaType + ": " + e.getOriginalMessage());
                }
            }
            if (problems.isEmpty()) {
                checkContent(response.get(), contentType, body, problems);
            }
            checkHeaders(response.get(), headers, problems);
        }
        return prefixed(what, problems);
    }

    /** {@link #checkResponse(String, String, int, String, JsonNode)}, failing with every problem listed. */
    public void assertResponse(String method, String pathTemplate, int status, String contentType, JsonNode body) {
        failOn(checkResponse(method, pathTemplate, status, contentType, body), body);
    }

    /** {@link #checkHttpResponse(String, String, int, Map, String)}, failing with every problem listed. */
    public void assertHttpResponse(
            String method, String pathTemplate, int status, Map<String, String> headers, String rawBody) {
        failOn(checkHttpResponse(method, pathTemplate, status, headers, rawBody), rawBody);
    }

    // ----------------------------------------------------------------------------------- requests

    /** Checks a request body against the operation's documented request body for its media type. */
    public List<String> checkRequestBody(String method, String pathTemplate, String contentType, JsonNode body) {
        List<String> problems = new ArrayList<>();
        String what = method + " " + pathTemplate + " request body";
        Optional<JsonNode> op = operation(method, pathTemplate);
        if (op.isEmpty()) {
            problems.add("the operation is not documented");
            return prefixed(what, problems);
        }
        String pointer = pointer("paths", pathTemplate, method.toLowerCase(Locale.ROOT), "requestBody");
        Located requestBody = resolve(pointer);
        if (requestBody.node().isMissingNode()) {
            problems.add("the operation documents no request body");
            return prefixed(what, problems);
        }
        String mediaType = mediaType(contentType);
        if (!requestBody.node().path("content").has(mediaType)) {
            problems.add("media type " + mediaType + " is not documented; documented: "
                    + names(requestBody.node().path("content")));
            return prefixed(what, problems);
        }
        if (body == null) {
            problems.add("there is no body, but the operation documents one");
        } else {
            problems.addAll(validate(requestBody.pointer() + "/content/" + escape(mediaType) + "/schema", body));
        }
        return prefixed(what, problems);
    }

    // ------------------------------------------------------------------------------------ schemas

    /**
     * Validates {@code instance} against the schema at a JSON pointer into this document (for
     * example {@code /components/schemas/Consultant}); returns readable messages, empty when valid.
     */
    public List<String> validate(String schemaPointer, JsonNode instance) {
        if (root.at(schemaPointer).isMissingNode()) {
            return List.of("no schema at " + schemaPointer);
        }
        JsonSchema schema = schemas.computeIfAbsent(
                schemaPointer, p -> factory.getSchema(SchemaLocation.of(BASE_IRI + "#" + uriFragment(p)), config));
        Set<ValidationMessage> messages = schema.validate(instance == null ? NullNode.getInstance() : instance);
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString();
            out.add((at.isEmpty() ? "(body)" : at) + ": " + stripLocation(m.getMessage(), at) + "  [schema "
                    + m.getSchemaLocation().getFragment() + "]");
        }
        out.sort(null);
        return out;
    }

    /** Follows {@code $ref}s (within this document) from a JSON pointer; the result is not a reference. */
    public Located resolve(String pointer) {
        String at = pointer;
        JsonNode node = root.at(at);
        Set<String> seen = new LinkedHashSet<>();
        while (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || !seen.add(ref)) {
                throw new IllegalStateException("cannot follow $ref " + ref + " at " + at);
            }
            at = ref.substring(1);
            node = root.at(at);
        }
        return new Located(at, node);
    }

    /** A node of the document and the JSON pointer it was found at. */
    public record Located(String pointer, JsonNode node) {}

    /** A JSON pointer from unescaped segments. */
    public static String pointer(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(escape(s));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------ details

    private Optional<Located> response(String method, String pathTemplate, int status, List<String> problems) {
        String responsesPointer;
        boolean unsupportedMethod = false;
        if (pathTemplate == null) {
            responsesPointer = pointer("x-unmatched-paths", "responses");
        } else if (!root.path("paths").has(pathTemplate)) {
            problems.add("path " + pathTemplate + " is not documented");
            return Optional.empty();
        } else if (operation(method, pathTemplate).isPresent()) {
            responsesPointer = pointer("paths", pathTemplate, method.toLowerCase(Locale.ROOT), "responses");
        } else {
            responsesPointer = pointer("paths", pathTemplate, "x-unsupported-methods", "responses");
            unsupportedMethod = true;
            if (root.at(responsesPointer).isMissingNode()) {
                problems.add("operation " + method + " " + pathTemplate + " is not documented");
                return Optional.empty();
            }
        }
        JsonNode responses = root.at(responsesPointer);
        String code = Integer.toString(status);
        String range = code.charAt(0) + "XX";
        String key =
                responses.has(code) ? code : responses.has(range) ? range : responses.has("default") ? "default" : null;
        if (key == null) {
            problems.add("status " + status + " is not documented"
                    + (unsupportedMethod ? " (" + method + " is not an operation of this path)" : "")
                    + "; documented: " + names(responses));
            return Optional.empty();
        }
        return Optional.of(resolve(responsesPointer + "/" + escape(key)));
    }

    private void checkContent(Located response, String contentType, JsonNode body, List<String> problems) {
        JsonNode content = response.node().path("content");
        String mediaType = mediaType(contentType);
        if (content.isMissingNode() || content.isEmpty()) {
            if (mediaType != null) {
                problems.add("the response documents no body, but the Content-Type is " + contentType);
            }
            if (body != null && !body.isMissingNode()) {
                problems.add("the response documents no body, but it has one");
            }
            return;
        }
        if (mediaType == null) {
            problems.add("the response has no Content-Type; documented: " + names(content));
            return;
        }
        if (!content.has(mediaType)) {
            problems.add("media type " + mediaType + " is not documented; documented: " + names(content));
            return;
        }
        if (body == null) {
            problems.add("the response has no body; documented: " + mediaType);
            return;
        }
        String schemaPointer = response.pointer() + "/content/" + escape(mediaType) + "/schema";
        if (root.at(schemaPointer).isMissingNode()) {
            problems.add("the response documents no schema for " + mediaType);
            return;
        }
        problems.addAll(validate(schemaPointer, body));
    }

    private void checkHeaders(Located response, Map<String, String> actual, List<String> problems) {
        JsonNode documented = response.node().path("headers");
        Set<String> documentedNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        documented.fields().forEachRemaining(h -> {
            documentedNames.add(h.getKey());
            Located header = resolve(response.pointer() + "/headers/" + escape(h.getKey()));
            String value = header(actual, h.getKey());
            if (value == null) {
                if (header.node().path("required").asBoolean(false)) {
                    problems.add("required header " + h.getKey() + " is missing");
                }
                return;
            }
            for (String m : validate(header.pointer() + "/schema", TextNode.valueOf(value))) {
                problems.add("header " + h.getKey() + " " + m);
            }
        });
        for (String name : actual.keySet()) {
            if (!name.equalsIgnoreCase("content-type") && !documentedNames.contains(name)) {
                problems.add("header " + name + " is not documented for this response; documented: " + documentedNames);
            }
        }
    }

    private static void failOn(List<String> problems, Object body) {
        if (!problems.isEmpty()) {
            throw new AssertionError("the response does not match the OpenAPI document:\n  - "
                    + String.join("\n  - ", problems) + "\nbody: " + body);
        }
    }

    private static List<String> prefixed(String what, List<String> problems) {
        return problems.stream().map(p -> what + ": " + p).toList();
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    private static boolean isYaml(String mediaType) {
        return mediaType != null && (mediaType.equals("application/yaml") || mediaType.endsWith("+yaml"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment (RFC 6901 section 6). */
    private static String uriFragment(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/~-._".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    private static String stripLocation(String message, String at) {
        String prefix = at + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message.replaceFirst("^: ", "");
    }
}
