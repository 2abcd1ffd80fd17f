package com.benchcrm.local.stack;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.function.emailingest.EmailIngestApplication;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.lambda.S3Events;
import com.benchcrm.schema.DatabaseRoles;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./benchcrm ingest <file.eml> --tenant <slug>}: the file goes where the SMTP listener puts
 * mail ({@code .benchcrm/mail/raw/<slug>/<id>}, kept) and through the same e-mail ingest function,
 * hosted in this process, against the running stack's database (or a briefly started one).
 */
final class CliIngest {

    private CliIngest() {}

    static JsonNode run(StackHome home, String jdbcUrl, DatabaseRoles roles, TenantSlug slug, byte[] raw) {
        String key = "raw/" + slug.value() + "/" + new Ids(Clock.systemUTC()).next();
        new FolderBlobStore(home.raw()).put(key, raw);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BENCHCRM_SQL_MODE", "jdbc");
        env.put("BENCHCRM_JDBC_URL", jdbcUrl);
        env.put("BENCHCRM_JDBC_USER", roles.appRole());
        env.put("BENCHCRM_JDBC_PASSWORD", roles.appPassword());
        env.put("BENCHCRM_JDBC_POOL_SIZE", "2");
        env.put("BENCHCRM_INGEST_DOMAIN", EmbeddedStack.INGEST_DOMAIN);
        env.put("BENCHCRM_BLOB_MODE", "folder");
        env.put("BENCHCRM_RAW_DIR", home.raw().toString());
        env.put("BENCHCRM_DLQ_DIR", home.deadLetters().toString());
        FunctionHost ingest = FunctionHost.start(
                EmailIngestApplication.class.getName(),
                EmailIngestApplication.FUNCTION_NAME,
                "benchcrm-email-ingest",
                env);
        byte[] out = ingest.invoke(S3Events.objectCreated(
                "local", key, "benchcrm:cli", List.of(slug.value() + "@" + EmbeddedStack.INGEST_DOMAIN), raw.length));
        try {
            JsonNode node = Json.strict().readTree(out);
            JsonNode results = (node.isTextual() ? Json.strict().readTree(node.asText()) : node).path("results");
            return results.isArray() && !results.isEmpty()
                    ? results.get(0)
                    : Json.strict().createObjectNode().put("status", "UNKNOWN");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a delivery result as a recruiter reads it. */
    static void print(JsonNode r, PrintStream out, String name) {
        out.println(name + ": " + r.path("status").asText()
                + (r.hasNonNull("reason") ? " (" + r.path("reason").asText() + ")" : ""));
        JsonNode report = r.path("report");
        if (!report.isMissingNode()) {
            out.println("  kind " + report.path("kind").asText() + ", outcome "
                    + report.path("outcome").asText()
                    + (report.path("replayed").asBoolean() ? " (received before: nothing done again)" : ""));
            for (JsonNode q : report.path("requirements")) {
                out.printf(
                        "  %-9s %-50s %d source(s)  %s%n",
                        q.path("created").asBoolean() ? "created" : "merged",
                        q.path("title").asText(),
                        q.path("sources").asInt(),
                        q.path("id").asText());
            }
            for (JsonNode c : report.path("consultants")) {
                out.println("  consultant " + c.asText());
            }
            for (JsonNode p : report.path("problems")) {
                out.println("  problem: " + p.asText());
            }
            for (JsonNode n : report.path("extractionNotes")) {
                out.println("  note: " + n.asText());
            }
        } else if ("DEAD_LETTERED".equals(r.path("status").asText())) {
            out.println(
                    "  the raw message is kept; the dead letter is in .benchcrm/dlq/ (unknown tenant? ./benchcrm tenant create <slug>)");
        }
        out.flush();
    }
}
