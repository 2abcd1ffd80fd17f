package com.benchcrm.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.consultant.Consultants;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.requirement.Requirements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event catalog is three things that must agree: {@link EventCatalog} (what the code knows),
 * the JSON Schemas in {@code events/schemas/} and the tables of {@code docs/events.md}. The samples in
 * {@code events/domain/} validate against their schemas and parse as {@link DomainEvent}s.
 */
class EventCatalogTest {

    static final Path ROOT = Path.of(System.getProperty("benchcrm.repo.root", "../.."));
    static final Path SCHEMAS = ROOT.resolve("events/schemas");
    static final Path SAMPLES = ROOT.resolve("events/domain");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern SCHEMA_FILE = Pattern.compile("^([A-Z][A-Za-z]+)\\.v(\\d+)\\.schema\\.json$");
    static final Pattern SECTION = Pattern.compile("^### ([A-Z][A-Za-z]+) \\(v(\\d+)\\)$");

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m ->
                    m.mapPrefix("https://benchcrm.dev/events/", SCHEMAS.toUri().toString())));
    static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Test
    void catalog_comparedWithSchemaFiles_listsTheSameTypesAndCurrentVersions() throws IOException {
        Map<String, Integer> files = schemaFiles();

        assertThat(files.keySet()).isEqualTo(new TreeSet<>(EventCatalog.types()));
        files.forEach((type, version) ->
                assertThat(EventCatalog.currentVersion(type)).as(type).isEqualTo(version));
    }

    @Test
    void everySchema_extendsTheOneEnvelope_andFixesItsTypeAndVersion() throws IOException {
        for (Map.Entry<String, Integer> e : schemaFiles().entrySet()) {
            JsonNode schema = read(SCHEMAS.resolve(e.getKey() + ".v" + e.getValue() + ".schema.json"));
            assertThat(schema.path("allOf").findValuesAsText("$ref"))
                    .as(e.getKey())
                    .containsExactly("envelope.v1.schema.json");
            assertThat(schema.at("/properties/type/const").asText()).isEqualTo(e.getKey());
            assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(e.getValue());
            assertThat(schema.at("/properties/data/additionalProperties").asBoolean(true))
                    .as(e.getKey() + " data is closed")
                    .isFalse();
            assertThat(schema.path("$id").asText())
                    .isEqualTo("https://benchcrm.dev/events/" + e.getKey() + ".v" + e.getValue() + ".schema.json");
        }
    }

    @Test
    void samples_validateAgainstTheirSchemas_andParseAsEvents() throws IOException {
        Map<String, Integer> files = schemaFiles();
        for (Map.Entry<String, Integer> e : files.entrySet()) {
            Path sample = SAMPLES.resolve(e.getKey() + ".v" + e.getValue() + ".json");
            assertThat(sample).as("a sample for " + e.getKey()).exists();
            JsonNode event = read(sample);

            assertThat(validate(e.getKey(), e.getValue(), event))
                    .as(sample.toString())
                    .isEmpty();
            DomainEvent parsed = DomainEvent.fromNode(event);
            assertThat(parsed.type()).isEqualTo(e.getKey());
            assertThat(JSON.readTree(parsed.toJson())).isEqualTo(event);
        }
    }

    @Test
    void schemas_refuseWhatTheyShould_wrongTypeExtraEnvelopeFieldMissingDataField() throws IOException {
        JsonNode sample = read(SAMPLES.resolve("RequirementImported.v1.json"));
        var wrongType = sample.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType).put("type", "ConsultantUpserted");
        var extra = sample.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra).put("slug", "acme");
        var missing = sample.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing.get("data")).remove("version");
        var badTenant = sample.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badTenant).put("tenant", "acme");

        assertThat(validate("RequirementImported", 1, wrongType)).isNotEmpty();
        assertThat(validate("RequirementImported", 1, extra)).isNotEmpty();
        assertThat(validate("RequirementImported", 1, missing))
                .anySatisfy(m -> assertThat(m).contains("version"));
        assertThat(validate("RequirementImported", 1, badTenant))
                .anySatisfy(m -> assertThat(m).contains("tenant"));
    }

    @Test
    void eventsTheCodeEmits_areInTheCatalog() {
        for (EntitySpec<?, ?> spec : List.of(
                Consultants.SPEC,
                Requirements.SPEC,
                com.benchcrm.company.Companies.SPEC,
                com.benchcrm.company.Contacts.SPEC,
                com.benchcrm.marketing.HotLists.SPEC)) {
            assertThat(EventCatalog.types()).contains(spec.createdEvent(), spec.updatedEvent(), spec.deletedEvent());
        }
    }

    @Test
    void docsEventsMd_comparedWithTheSchemas_documentsEveryFieldTypeAndRequiredFlag() throws IOException {
        Map<String, List<String>> documented = documentedTables(Files.readAllLines(ROOT.resolve("docs/events.md")));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("envelope", rows(read(SCHEMAS.resolve("envelope.v1.schema.json"))));
        for (Map.Entry<String, Integer> e : schemaFiles().entrySet()) {
            JsonNode schema = read(SCHEMAS.resolve(e.getKey() + ".v" + e.getValue() + ".schema.json"));
            expected.put(e.getKey() + " v" + e.getValue(), rows(schema.at("/properties/data")));
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((section, fields) ->
                assertThat(documented.get(section)).as(section).isEqualTo(fields));
    }

    // ----------------------------------------------------------------------------------- helpers

    static List<String> validate(String type, int version, JsonNode event) {
        JsonSchema schema = FACTORY.getSchema(
                com.networknt.schema.SchemaLocation.of(
                        "https://benchcrm.dev/events/" + type + ".v" + version + ".schema.json"),
                CONFIG);
        return schema.validate(event).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    static Map<String, Integer> schemaFiles() throws IOException {
        Map<String, Integer> latest = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path f : files.toList()) {
                Matcher m = SCHEMA_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    latest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                } else {
                    assertThat(f.getFileName().toString())
                            .as("only <Type>.v<n>.schema.json and the envelope")
                            .isEqualTo("envelope.v1.schema.json");
                }
            }
        }
        return latest;
    }

    /** "| `field` | type | yes |" rows of an object schema, in its property order. */
    static List<String> rows(JsonNode objectSchema) {
        Set<String> required = new TreeSet<>();
        objectSchema.path("required").forEach(r -> required.add(r.asText()));
        List<String> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> props =
                objectSchema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            rows.add(
                    p.getKey() + " | " + typeOf(p.getValue()) + " | " + (required.contains(p.getKey()) ? "yes" : "no"));
        }
        return rows;
    }

    static String typeOf(JsonNode property) {
        if (property.has("$ref")) {
            return "uuid";
        }
        if ("date-time".equals(property.path("format").asText())) {
            return "date-time";
        }
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add(v.asText()));
            return property.path("type").asText() + " (" + String.join(", ", values) + ")";
        }
        return property.path("type").asText();
    }

    /** The field tables of docs/events.md: "envelope" under "## Envelope", "<Type> v<n>" under "### <Type> (v<n>)". */
    static Map<String, List<String>> documentedTables(List<String> lines) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String section = null;
        for (String line : lines) {
            Matcher m = SECTION.matcher(line);
            if (line.equals("## Envelope")) {
                section = "envelope";
            } else if (m.matches()) {
                section = m.group(1) + " v" + m.group(2);
            } else if (line.startsWith("## ") || line.startsWith("### ")) {
                section = null;
            } else if (section != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String field = cells[1].trim().replace("`", "");
                tables.computeIfAbsent(section, s -> new ArrayList<>())
                        .add(field + " | " + cells[2].trim() + " | " + cells[3].trim());
            }
        }
        return tables;
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
