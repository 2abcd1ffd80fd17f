package com.benchcrm.function.emailingest;

import com.benchcrm.ai.bedrock.BedrockAiGateway;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.blob.BlobStore;
import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.blob.s3.S3BlobStore;
import com.benchcrm.blob.s3.S3Encrypted;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.documents.text.DocumentTextReader;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.DailyTokenBudget;
import com.benchcrm.extraction.FallbackAiGateway;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.ingest.DeadLetters;
import com.benchcrm.ingest.FolderDeadLetters;
import com.benchcrm.ingest.InboxIngest;
import com.benchcrm.ingest.MailDelivery;
import com.benchcrm.ingest.ResumeImport;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.SqsDeadLetters;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The composition root of the e-mail ingest function: the object graph from a validated config.
 * Clients are built here, once, before the SnapStart snapshot.
 *
 * <pre>{@code
 * EmailIngestComponents c = EmailIngestComponents.create(EmailIngestConfig.from(System::getenv));
 * }</pre>
 */
public record EmailIngestComponents(
        MailDelivery delivery, InboxIngest inbox, DeadLetters deadLetters, SqlPort sql, String rawBucket) {

    public static EmailIngestComponents create(EmailIngestConfig config) {
        SqlPort sql = sqlPort(config);
        return create(config, sql, blobStore(config), deadLetters(config), aiGateway(config, sql));
    }

    public static EmailIngestComponents create(
            EmailIngestConfig config, SqlPort sql, BlobStore blobs, DeadLetters dlq, AiGateway ai) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        PostgresPersistence db = PostgresPersistence.over(sql);
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        Idempotency idempotency = new Idempotency(db.idempotency(), clock);
        Requirements requirements = new Requirements(
                db.transactions(),
                db.requirements(),
                audit,
                outbox,
                idempotency,
                ids,
                clock,
                new com.benchcrm.company.ChainLinks(db.companies(), db.contacts()));
        Consultants consultants =
                new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
        MimeMailParser parser =
                new MimeMailParser(new MimeMailParser.Limits(config.maxMessageBytes(), 10L * 1024 * 1024, 200_000, 12));
        // mail may create consultants; what it would change on an existing one waits for a recruiter (ADR 0056)
        ResumeImport resumes = new ResumeImport(
                consultants,
                new DocumentTextReader(),
                ai,
                null,
                new com.benchcrm.consultant.ConsultantChanges(
                        db.transactions(), db.pendingChanges(), consultants, audit, ids, clock),
                clock);
        InboxIngest inbox = new InboxIngest(
                        db.transactions(),
                        db.inboundMessages(),
                        parser,
                        ai,
                        requirements,
                        resumes,
                        ids,
                        clock,
                        new com.benchcrm.company.CompanyDirectory(
                                db.companies(), db.contacts(), audit, outbox, ids, clock))
                .withListener(new com.benchcrm.marketing.OutreachReplies(
                        db.transactions(),
                        db.outreachMessages(),
                        db.outreachDrafts(),
                        db.activities(),
                        outbox,
                        ids,
                        clock)::thread);
        com.benchcrm.tenancy.TenantPolicies policies =
                new com.benchcrm.tenancy.TenantPolicies(db.transactions(), db.tenants(), clock);
        MailDelivery delivery = new MailDelivery(
                new TenantDirectory(db.transactions(), db.tenants()),
                blobs,
                inbox,
                dlq,
                config.ingestDomain(),
                clock,
                tenant -> policies.policyOrDefaults(tenant).mail());
        return new EmailIngestComponents(
                delivery, inbox, dlq, sql, config.rawBucket().orElse("local"));
    }

    static SqlPort sqlPort(EmailIngestConfig config) {
        return config.sql().connect();
    }

    /**
     * SnapStart priming: the database client and the skill taxonomy, without ingesting anything
     * (mail parsing and extraction load on the first message).
     */
    static void prime(EmailIngestComponents components) {
        com.benchcrm.skills.SkillTaxonomy.standard();
        com.benchcrm.persistence.postgres.PostgresPersistence.over(components.sql())
                .ping();
    }

    static BlobStore blobStore(EmailIngestConfig config) {
        return switch (config.blobMode()) {
            case FOLDER -> new FolderBlobStore(config.rawDir().orElseThrow());
            case S3 -> {
                Region region = Region.of(config.region());
                // the SDK's standard retries with back-off first; what still fails is a BlobUnavailableException
                // that fails the invocation, so Lambda retries the event (never a dead letter for a blip)
                S3Client s3 = S3Client.builder()
                        .region(region)
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(
                                o -> o.retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD))
                        .build();
                KmsClient kms = KmsClient.builder()
                        .region(region)
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(
                                o -> o.retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD))
                        .build();
                yield new S3BlobStore(
                        s3,
                        config.rawBucket().orElseThrow(),
                        slug -> S3Encrypted.client(s3, kms, config.tenantKeyAliasPrefix() + slug));
            }
        };
    }

    static DeadLetters deadLetters(EmailIngestConfig config) {
        if (config.dlqDir().isPresent()) {
            return new FolderDeadLetters(config.dlqDir().get());
        }
        SqsClient sqs = SqsClient.builder()
                .region(Region.of(config.region()))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new SqsDeadLetters(sqs, config.dlqUrl().orElseThrow());
    }

    /** The rules (no network), or Bedrock with the rules behind it and the tenant's daily token cap. */
    static AiGateway aiGateway(EmailIngestConfig config, SqlPort sql) {
        DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());
        if (config.aiMode() == EmailIngestConfig.AiMode.RULES) {
            return rules;
        }
        BedrockAiGateway bedrock = BedrockAiGateway.create(
                BedrockAiGateway.Settings.defaults(config.bedrockModelId().orElseThrow()),
                config.region(),
                config.bedrockEndpoint(),
                tokenBudget(PostgresPersistence.over(sql), config));
        return new FallbackAiGateway(bedrock, rules);
    }

    /** The tenant's daily AI token allowance ({@code AI_MAX_TOKENS_DAY}), counted in the database. */
    private static DailyTokenBudget tokenBudget(PostgresPersistence db, EmailIngestConfig config) {
        return new DailyTokenBudget(db.transactions(), db.tokenUsage(), config.aiMaxTokensPerDay(), Clock.systemUTC());
    }
}
