package com.benchcrm.function.outreachsender;

import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.mail.mime.EmlFolderMailSender;
import com.benchcrm.mail.mime.MimeMailWriter;
import com.benchcrm.mail.ses.SesMailSender;
import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.OutreachSender;
import com.benchcrm.marketing.UnsubscribeTokens;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.MessageDeadLetters;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.sql.SqlPort;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of the outreach sender: the SQL port (the RDS Data API in Lambda), the mail
 * sender adapter, the unsubscribe tokens (the HTTP API's secret) and the batch policy with the DLQ.
 * Clients are built once, here.
 *
 * <pre>{@code
 * OutreachSenderComponents c = OutreachSenderComponents.create(OutreachSenderConfig.from(System::getenv));
 * }</pre>
 */
public record OutreachSenderComponents(
        SqlPort sql,
        OutreachSenderHandler handler,
        MailFeedbackHandler feedback,
        java.util.function.Supplier<com.benchcrm.marketing.OutreachSweep.Report> sweep) {

    public static OutreachSenderComponents create(OutreachSenderConfig config) {
        Clock clock = Clock.systemUTC();
        SqlPort sql = config.sql().connect();
        PostgresPersistence db = PostgresPersistence.over(sql);
        SqsQueues sqs = SqsQueues.create(config.sqsEndpoint()
                .map(SqsQueues.Settings::local)
                .orElseGet(() -> SqsQueues.Settings.aws(config.region())));
        MailSender mail = mailSender(config, db, clock);
        return new OutreachSenderComponents(
                sql,
                handler(config, db, mail, sqs, clock),
                feedbackHandler(config, db, sqs, clock),
                sweep(config, db, sqs, clock));
    }

    /**
     * SES v2 in AWS (the tenant's configuration set: the prefix and the tenant's slug, looked up once per
     * tenant), the .eml folder in the embedded stack.
     */
    static MailSender mailSender(OutreachSenderConfig config, PostgresPersistence db, Clock clock) {
        MimeMailWriter writer = new MimeMailWriter(clock);
        if (config.mailSender() == OutreachSenderConfig.MailMode.EML) {
            return new EmlFolderMailSender(config.sentMailDir(), writer);
        }
        com.benchcrm.tenancy.TenantPolicies tenants =
                new com.benchcrm.tenancy.TenantPolicies(db.transactions(), db.tenants(), clock);
        java.util.Map<com.benchcrm.tenancy.TenantId, Optional<String>> sets =
                new java.util.concurrent.ConcurrentHashMap<>();
        return new SesMailSender(
                SesMailSender.client(config.region()),
                writer,
                tenant -> config.configurationSetPrefix()
                        .flatMap(prefix -> sets.computeIfAbsent(
                                tenant, t -> tenants.find(t).map(p -> prefix + p.slug()))));
    }

    /**
     * The sweep of rows left {@code QUEUED} by a failed enqueue (ADR 0095), re-queued to
     * {@code BENCHCRM_OUTREACH_QUEUE_URL}; without it the sweep refuses to run (it has nowhere to send).
     */
    static java.util.function.Supplier<com.benchcrm.marketing.OutreachSweep.Report> sweep(
            OutreachSenderConfig config, PostgresPersistence db, SqsQueues sqs, Clock clock) {
        return () -> new com.benchcrm.marketing.OutreachSweep(
                        db.transactions(),
                        db.outreachMessages(),
                        new com.benchcrm.queue.sqs.SqsOutreachQueue(
                                sqs,
                                config.sendQueueUrl()
                                        .orElseThrow(() -> new IllegalStateException(
                                                "outreachSweep needs BENCHCRM_OUTREACH_QUEUE_URL"))),
                        clock,
                        com.benchcrm.marketing.OutreachSweep.Settings.DEFAULTS)
                .run();
    }

    /** The SES feedback consumer: bounces and complaints suppress, audited as the system's {@code ses-feedback}. */
    static MailFeedbackHandler feedbackHandler(
            OutreachSenderConfig config, PostgresPersistence db, SqsQueues sqs, Clock clock) {
        com.benchcrm.common.Ids ids = new com.benchcrm.common.Ids(clock);
        com.benchcrm.marketing.Suppressions suppressions = new com.benchcrm.marketing.Suppressions(
                db.transactions(),
                db.suppressions(),
                new com.benchcrm.audit.AuditLog(db.transactions(), db.audit(), ids, clock),
                clock);
        return new MailFeedbackHandler(
                new com.benchcrm.marketing.MailFeedback(suppressions),
                new SqsBatch(
                        new MessageDeadLetters(sqs, config.feedbackDlqUrl(), clock)::send,
                        config.feedbackMaxReceives()));
    }

    /** The handler over any persistence and mail adapter (the tests' seam). */
    static OutreachSenderHandler handler(
            OutreachSenderConfig config, PostgresPersistence db, MailSender mail, SqsQueues sqs, Clock clock) {
        OutreachSender sender = new OutreachSender(
                db.transactions(),
                db.outreachDrafts(),
                db.outreachMessages(),
                db.suppressions(),
                db.marketingSettings(),
                db.rtrs(),
                db.submissions(),
                mail,
                new UnsubscribeTokens(config.unsubscribeSecret().getBytes(StandardCharsets.UTF_8)),
                config.publicBaseUrl(),
                config.unsubscribeMailbox(),
                clock);
        SqsBatch batch = new SqsBatch(new MessageDeadLetters(sqs, config.dlqUrl(), clock)::send, config.maxReceives());
        return new OutreachSenderHandler(sender, batch);
    }
}
