package com.benchcrm.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the extraction targets, shipped as resources: the Bedrock
 * adapter hands them to the model as tool input schemas and validates the output against them;
 * the tests validate the deterministic extractor's output against them too.
 */
public final class ExtractionSchemas {

    public static final String REQUIREMENT = "/com/benchcrm/extraction/requirement-extraction.schema.json";
    public static final String RESUME = "/com/benchcrm/extraction/resume-extraction.schema.json";

    private ExtractionSchemas() {}

    /** The schema's JSON text. */
    public static String text(String resource) {
        try (InputStream in = ExtractionSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of a schema name as the API takes it ({@code requirement}, {@code resume}). */
    public static Optional<String> byName(String schemaName) {
        if (schemaName == null) {
            return Optional.empty();
        }
        return switch (schemaName.toLowerCase(Locale.ROOT)) {
            case "requirement", "requirements" -> Optional.of(REQUIREMENT);
            case "resume", "consultant" -> Optional.of(RESUME);
            default -> Optional.empty();
        };
    }
}
