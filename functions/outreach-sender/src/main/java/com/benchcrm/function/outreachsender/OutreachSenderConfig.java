package com.benchcrm.function.outreachsender;

import static com.benchcrm.common.EnvReader.integer;
import static com.benchcrm.common.EnvReader.optional;
import static com.benchcrm.common.EnvReader.uri;

import com.benchcrm.events.EventRouting;
import com.benchcrm.sql.SqlSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the outreach sender reads from its environment, read once and validated at start (all
 * problems reported together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>BENCHCRM_OUTREACH_DLQ_URL</td><td>the send queue's DLQ (poison messages and last receives, with why)</td></tr>
 *   <tr><td>BENCHCRM_FEEDBACK_DLQ_URL, BENCHCRM_FEEDBACK_MAX_RECEIVES</td><td>the {@code outreachFeedback} function's: the
 *       feedback queue's DLQ (default: the send queue's) and maxReceiveCount (default from the routing file)</td></tr>
 *   <tr><td>BENCHCRM_OUTREACH_MAX_RECEIVES</td><td>the queue's maxReceiveCount, default from events/rules/routing.json</td></tr>
 *   <tr><td>BENCHCRM_SQS_ENDPOINT</td><td>ElasticMQ's URL in the embedded stack; unset in AWS</td></tr>
 *   <tr><td>BENCHCRM_MAIL_SENDER</td><td>{@code ses} (AWS: SES v2 in AWS_REGION) or {@code eml} (the embedded stack: .eml
 *       files under BENCHCRM_SENT_MAIL_DIR), default {@code eml}</td></tr>
 *   <tr><td>BENCHCRM_SENT_MAIL_DIR</td><td>where {@code eml} keeps the mail ({@code <dir>/<tenant>/*.eml})</td></tr>
 *   <tr><td>BENCHCRM_SES_CONFIGURATION_SET_PREFIX</td><td>{@code ses}: a tenant's configuration set is this prefix and its
 *       slug (the CDK app names them {@code <deployment>-<slug>}); unset: sent without one</td></tr>
 *   <tr><td>BENCHCRM_UNSUBSCRIBE_SECRET</td><td>the secret the unsubscribe tokens derive from (at least 32 characters; the
 *       HTTP API's, so its public route accepts the links); in AWS BENCHCRM_UNSUBSCRIBE_SECRET_ARN instead, the Secrets
 *       Manager secret it is read from at start</td></tr>
 *   <tr><td>BENCHCRM_OUTREACH_QUEUE_URL</td><td>the {@code outreachSweep} function's: the send queue it re-queues stuck
 *       rows to (unset: the sweep refuses to run)</td></tr>
 *   <tr><td>BENCHCRM_PUBLIC_BASE_URL, BENCHCRM_UNSUBSCRIBE_MAILBOX</td><td>the https and mailto targets of List-Unsubscribe</td></tr>
 * </table>
 *
 * <pre>{@code
 * OutreachSenderConfig config = OutreachSenderConfig.from(System::getenv);
 * }</pre>
 */
public record OutreachSenderConfig(
        SqlSettings sql,
        String region,
        String dlqUrl,
        Optional<URI> sqsEndpoint,
        int maxReceives,
        String feedbackDlqUrl,
        int feedbackMaxReceives,
        MailMode mailSender,
        Optional<String> configurationSetPrefix,
        Path sentMailDir,
        String unsubscribeSecret,
        String publicBaseUrl,
        String unsubscribeMailbox,
        Optional<String> sendQueueUrl) {

    /**
     * The unsubscribe secret's variable; in AWS {@code BENCHCRM_UNSUBSCRIBE_SECRET_ARN} names the Secrets Manager
     * secret it is read from at start ({@code com.benchcrm.secrets.manager.SecretEnvironment}).
     */
    public static final String UNSUBSCRIBE_SECRET = "BENCHCRM_UNSUBSCRIBE_SECRET";

    /** Which adapter of the mail sender port sends. */
    public enum MailMode {
        EML,
        SES
    }

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static OutreachSenderConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        Optional<String> dlq = optional(env, "BENCHCRM_OUTREACH_DLQ_URL");
        if (dlq.isEmpty()) {
            problems.add("BENCHCRM_OUTREACH_DLQ_URL is not set");
        }
        String mode = optional(env, "BENCHCRM_MAIL_SENDER").orElse("eml");
        MailMode mailMode = MailMode.EML;
        if (mode.equals("ses")) {
            mailMode = MailMode.SES;
        } else if (!mode.equals("eml")) {
            problems.add("BENCHCRM_MAIL_SENDER must be ses or eml, not " + mode);
        }
        Optional<String> dir = optional(env, "BENCHCRM_SENT_MAIL_DIR");
        if (mailMode == MailMode.EML && dir.isEmpty()) {
            problems.add("BENCHCRM_SENT_MAIL_DIR is not set (BENCHCRM_MAIL_SENDER=eml)");
        }
        Optional<String> secret = optional(env, "BENCHCRM_UNSUBSCRIBE_SECRET");
        if (secret.isEmpty() || secret.get().length() < 32) {
            problems.add("BENCHCRM_UNSUBSCRIBE_SECRET must be set, at least 32 characters (the HTTP API's)");
        }
        OutreachSenderConfig config = new OutreachSenderConfig(
                sql,
                optional(env, "AWS_REGION").orElse("us-east-1"),
                dlq.orElse(""),
                uri(env, "BENCHCRM_SQS_ENDPOINT", problems),
                integer(
                        env,
                        "BENCHCRM_OUTREACH_MAX_RECEIVES",
                        EventRouting.load().queue("outreach").maxReceiveCount(),
                        problems),
                optional(env, "BENCHCRM_FEEDBACK_DLQ_URL").orElse(dlq.orElse("")),
                integer(
                        env,
                        "BENCHCRM_FEEDBACK_MAX_RECEIVES",
                        EventRouting.load().queue("feedback").maxReceiveCount(),
                        problems),
                mailMode,
                optional(env, "BENCHCRM_SES_CONFIGURATION_SET_PREFIX"),
                Path.of(dir.orElse(".")),
                secret.orElse(""),
                optional(env, "BENCHCRM_PUBLIC_BASE_URL").orElse("http://localhost:3000"),
                optional(env, "BENCHCRM_UNSUBSCRIBE_MAILBOX").orElse(""),
                optional(env, "BENCHCRM_OUTREACH_QUEUE_URL"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the outreach sender is not configured: " + String.join("; ", problems));
        }
        return config;
    }
}
