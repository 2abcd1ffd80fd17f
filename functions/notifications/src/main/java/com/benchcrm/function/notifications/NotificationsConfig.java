package com.benchcrm.function.notifications;

import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.optional;
import static com.benchcrm.common.EnvReader.uri;

import com.benchcrm.events.EventRouting;
import com.benchcrm.sql.SqlSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the notifications functions read from their environment, read once and validated at
 * start (all problems reported together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>AWS_REGION</td><td>set by Lambda</td></tr>
 *   <tr><td>BENCHCRM_NOTIFY_DLQ_URL</td><td>the notify queue's DLQ; registers {@code notify}</td></tr>
 *   <tr><td>BENCHCRM_MAX_RECEIVES</td><td>the notify queue's maxReceiveCount (default: events/rules/routing.json)</td></tr>
 *   <tr><td>BENCHCRM_SQS_ENDPOINT</td><td>ElasticMQ's URL in the embedded stack; unset in AWS</td></tr>
 *   <tr><td>BENCHCRM_MAIL_MODE</td><td>the digest's mailer: {@code ses}, {@code folder} or {@code off} (default: no digests)</td></tr>
 *   <tr><td>BENCHCRM_DIGEST_FROM</td><td>the digest's sender (SES: a verified identity); required unless off</td></tr>
 *   <tr><td>BENCHCRM_DIGEST_DIR</td><td>where {@code folder} writes ({@code <home>/sent-mail/digests})</td></tr>
 *   <tr><td>BENCHCRM_SES_CONFIGURATION_SET</td><td>optional SES configuration set</td></tr>
 *   <tr><td>BENCHCRM_CONSOLE_URL</td><td>the console's base URL, for the digest's links (default http://localhost:3000)</td></tr>
 * </table>
 */
public record NotificationsConfig(
        SqlSettings sql,
        String region,
        Optional<String> notifyDlqUrl,
        int notifyMaxReceives,
        Optional<URI> sqsEndpoint,
        String mailMode,
        String digestFrom,
        Optional<Path> digestDir,
        Optional<String> sesConfigurationSet,
        String consoleUrl) {

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static NotificationsConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        String region = optional(env, "AWS_REGION").orElse("us-east-1");
        Optional<Integer> maxReceives =
                optional(env, "BENCHCRM_MAX_RECEIVES").map(v -> integer(env, "BENCHCRM_MAX_RECEIVES", 1, problems));
        String mode = optional(env, "BENCHCRM_MAIL_MODE").orElse("off").toLowerCase(Locale.ROOT);
        if (!List.of("ses", "folder", "off").contains(mode)) {
            problems.add("BENCHCRM_MAIL_MODE must be ses, folder or off, not " + mode);
        }
        Optional<String> from = optional(env, "BENCHCRM_DIGEST_FROM");
        if (!mode.equals("off") && from.isEmpty()) {
            problems.add("BENCHCRM_DIGEST_FROM is required with BENCHCRM_MAIL_MODE=" + mode);
        }
        Optional<Path> dir = optional(env, "BENCHCRM_DIGEST_DIR").map(Path::of);
        if (mode.equals("folder") && dir.isEmpty()) {
            problems.add("BENCHCRM_DIGEST_DIR is required with BENCHCRM_MAIL_MODE=folder");
        }
        NotificationsConfig config = new NotificationsConfig(
                sql,
                region,
                optional(env, "BENCHCRM_NOTIFY_DLQ_URL"),
                maxReceives.orElse(EventRouting.load().queue("notify").maxReceiveCount()),
                uri(env, "BENCHCRM_SQS_ENDPOINT", problems),
                mode,
                from.orElse(""),
                dir,
                optional(env, "BENCHCRM_SES_CONFIGURATION_SET"),
                optional(env, "BENCHCRM_CONSOLE_URL").orElse("http://localhost:3000"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the notifications are not configured: " + String.join("; ", problems));
        }
        return config;
    }
}
