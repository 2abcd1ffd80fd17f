package com.benchcrm.function.httpapi;

import com.benchcrm.analytics.Analytics;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.auth.jwt.JwtTokenVerifier;
import com.benchcrm.blob.BlobStore;
import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.documents.text.DocumentTextReader;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.function.httpapi.ai.ExtractRoutes;
import com.benchcrm.function.httpapi.analytics.AnalyticsRoutes;
import com.benchcrm.function.httpapi.audit.AuditRoutes;
import com.benchcrm.function.httpapi.consultant.ConsultantImportRoutes;
import com.benchcrm.function.httpapi.consultant.ConsultantRoutes;
import com.benchcrm.function.httpapi.health.HealthRoutes;
import com.benchcrm.function.httpapi.http.HttpApi;
import com.benchcrm.function.httpapi.http.RequestMetrics;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.function.httpapi.inbox.InboxRoutes;
import com.benchcrm.function.httpapi.recommendation.RecommendationRoutes;
import com.benchcrm.function.httpapi.requirement.RequirementRoutes;
import com.benchcrm.function.httpapi.rtr.RtrRoutes;
import com.benchcrm.function.httpapi.search.SearchRoutes;
import com.benchcrm.function.httpapi.settings.MatchSettingsRoutes;
import com.benchcrm.function.httpapi.submission.SubmissionRoutes;
import com.benchcrm.function.httpapi.user.UserRoutes;
import com.benchcrm.function.httpapi.webhook.WebhookRoutes;
import com.benchcrm.function.httpapi.workflow.WorkflowSettingsRoutes;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.ingest.InboxIngest;
import com.benchcrm.ingest.ResumeImport;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.rtr.Rtrs;
import com.benchcrm.search.HybridSearch;
import com.benchcrm.security.TokenVerifier;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.submission.Submissions;
import com.benchcrm.user.ActiveUsers;
import com.benchcrm.user.IdentityDirectory;
import com.benchcrm.user.UserRepository;
import com.benchcrm.user.Users;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.Webhooks;
import com.benchcrm.workflow.WorkflowPolicy;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of the HTTP API: builds the object graph from a validated config. Spring
 * only hosts the result; tests and benchmarks build it directly.
 *
 * <pre>{@code
 * HttpApiComponents c = HttpApiComponents.create(HttpApiConfig.from(System::getenv));
 * HttpResponse r = c.api().handle(request);
 * }</pre>
 */
public record HttpApiComponents(HttpApi api, SqlPort sql) {

    /** Search query texts whose vectors an instance keeps (384 or 1,024 floats each: 1.5-4 MB). */
    static final int QUERY_EMBEDDINGS_KEPT = 1024;

    public static HttpApiComponents create(HttpApiConfig config) {
        SqlPort sql = config.sql().connect();
        TokenVerifier verifier = JwtTokenVerifier.create(config.jwt());
        return create(config, sql, verifier);
    }

    public static HttpApiComponents create(HttpApiConfig config, SqlPort sql, TokenVerifier verifier) {
        Clock clock = Clock.systemUTC();
        com.benchcrm.skills.SkillTaxonomy.standard(); // loaded at start (before a SnapStart snapshot), not on a request
        Ids ids = new Ids(clock);
        PostgresPersistence db = PostgresPersistence.over(sql);
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        Idempotency idempotency = new Idempotency(db.idempotency(), clock);
        Router router = new Router();
        HealthRoutes.register(router, db::ping);
        Consultants consultants =
                new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
        Requirements requirements = new Requirements(
                db.transactions(),
                db.requirements(),
                audit,
                outbox,
                idempotency,
                ids,
                clock,
                new com.benchcrm.company.ChainLinks(db.companies(), db.contacts()));
        com.benchcrm.company.Companies companies = new com.benchcrm.company.Companies(
                db.transactions(), db.companies(), audit, outbox, idempotency, ids, clock);
        com.benchcrm.company.Contacts contacts = new com.benchcrm.company.Contacts(
                db.transactions(), db.contacts(), db.companies(), audit, outbox, idempotency, ids, clock);
        AiGateway ai = aiGateway(config, db, clock);
        java.util.Optional<BlobStore> blobs = rawStore(config);
        java.util.Optional<com.benchcrm.consultant.document.ConsultantDocuments> documents =
                blobs.map(b -> new com.benchcrm.consultant.document.ConsultantDocuments(
                        db.transactions(), db.documents(), db.consultants(), b, audit, ids, clock));
        // a resume from mail proposes changes to an existing consultant; a recruiter approves them (ADR 0056)
        com.benchcrm.consultant.ConsultantChanges changes = new com.benchcrm.consultant.ConsultantChanges(
                db.transactions(), db.pendingChanges(), consultants, audit, ids, clock);
        ResumeImport resumes =
                new ResumeImport(consultants, new DocumentTextReader(), ai, documents.orElse(null), changes, clock);
        com.benchcrm.function.httpapi.consultant.ConsultantDocumentRoutes.register(router, documents);
        // resume import before the entity routes: /v1/consultants/import is a literal, not an {id}
        ConsultantImportRoutes.register(router, resumes);
        // the owner route before the entity routes: /v1/consultants/{id}/owner is more specific than {id}
        com.benchcrm.function.httpapi.notification.NotificationRoutes.register(
                router, new com.benchcrm.notification.Notifications(db.transactions(), db.notifications(), clock));
        ConsultantRoutes.register(router, consultants);
        com.benchcrm.function.httpapi.consultant.ConsultantChangeRoutes.register(router, changes);
        RequirementRoutes.register(router, requirements);
        com.benchcrm.function.httpapi.company.CompanyRoutes.register(router, companies, contacts);
        com.benchcrm.marketing.HotLists hotLists = new com.benchcrm.marketing.HotLists(
                db.transactions(),
                db.hotLists(),
                db.consultants(),
                db.consultantMarketing(),
                db.marketingSettings(),
                audit,
                outbox,
                idempotency,
                ids,
                clock);
        com.benchcrm.function.httpapi.marketing.HotListRoutes.register(
                router,
                hotLists,
                new com.benchcrm.marketing.ConsultantMarketingPreferences(
                        db.transactions(), db.consultants(), db.consultantMarketing(), audit, clock),
                new com.benchcrm.marketing.MarketingPolicy(db.transactions(), db.marketingSettings(), audit, clock));
        com.benchcrm.function.httpapi.marketing.OutreachRoutes.register(
                router,
                outreach(
                        config.outreach(),
                        db,
                        hotLists,
                        submissionDrafts(config, db, ai, audit, ids, clock),
                        audit,
                        outbox,
                        idempotency,
                        ids,
                        clock));
        com.benchcrm.activity.Activities activities = new com.benchcrm.activity.Activities(
                        db.transactions(),
                        db.activities(),
                        db.audit(),
                        audit,
                        (tx, id) -> db.contacts().find(tx, id).isPresent(),
                        ids,
                        clock)
                .on(
                        "consultant",
                        com.benchcrm.security.Permission.CONSULTANT_READ,
                        (tx, id) -> db.consultants().find(tx, id).isPresent())
                .on(
                        "requirement",
                        com.benchcrm.security.Permission.REQUIREMENT_READ,
                        (tx, id) -> db.requirements().find(tx, id).isPresent())
                .on(
                        "company",
                        com.benchcrm.security.Permission.COMPANY_READ,
                        (tx, id) -> db.companies().find(tx, id).isPresent());
        com.benchcrm.function.httpapi.activity.ActivityRoutes.register(
                router,
                activities,
                new java.util.LinkedHashMap<>(java.util.Map.of(
                        "consultant",
                        ConsultantRoutes.BASE,
                        "requirement",
                        RequirementRoutes.BASE,
                        "company",
                        com.benchcrm.function.httpapi.company.CompanyRoutes.COMPANIES,
                        "submission",
                        "/v1/submissions")));
        com.benchcrm.function.httpapi.settings.WorkAuthorizationSettingsRoutes.register(
                router,
                new com.benchcrm.workauth.ExpirySettings(db.transactions(), db.workAuthorization(), audit, clock));
        AuditRoutes.register(router, audit);
        DestinationGuard guard =
                config.webhookAllowLoopback() ? DestinationGuard.allowingLoopback() : DestinationGuard.publicOnly();
        // a suspended tenant is refused within TenantPolicies.DEFAULT_TTL (30 s) of its suspension
        com.benchcrm.tenancy.TenantPolicies tenants =
                new com.benchcrm.tenancy.TenantPolicies(db.transactions(), db.tenants(), clock);
        com.benchcrm.secrets.DataKeys keys = com.benchcrm.secrets.kms.SecretKeys.create(
                config.secretKeys(),
                config.ai().region(),
                tenant -> tenants.find(tenant)
                        .orElseThrow(() -> new com.benchcrm.secrets.SecretUnavailableException(
                                "no tenant " + tenant + " to find the key of"))
                        .slug());
        com.benchcrm.webhook.WebhookSecrets secrets = new com.benchcrm.webhook.WebhookSecrets(
                db.transactions(), db.webhooks(), new com.benchcrm.secrets.SecretSealer(keys));
        WebhookRoutes.register(
                router, new Webhooks(db.transactions(), db.webhooks(), audit, guard, secrets, ids, clock));
        ExtractRoutes.register(router, ai);
        com.benchcrm.matching.success.SuccessModels successModels = successModels(config, clock);
        com.benchcrm.function.httpapi.settings.ModelRoutes.register(
                router,
                successModels,
                successModels
                        .registryIfAny()
                        .map(r -> new com.benchcrm.matching.drift.ModelDrift(
                                db.transactions(), db.matchRuns(), r, clock)));
        Optional<MatchingAdapters> matching = MatchingAdapters.fromEnvironment(config.matching()::get);
        Optional<MatchRuns> matchRuns = matching.map(m -> new MatchRuns(
                db.transactions(),
                db.matchRuns(),
                db.matchSettings(),
                requirements,
                consultants,
                m.model(),
                m.index(),
                audit,
                outbox,
                new com.benchcrm.events.ProcessedEvents(db.processedEvents(), clock),
                ids,
                clock,
                new com.benchcrm.submission.PipelineHistory(
                        db.transactions(),
                        db.submissions(),
                        new com.benchcrm.matching.StoredMatchData(
                                db.transactions(), db.matchRuns(), db.matchSettings())),
                successModels));
        RecommendationRoutes.register(router, matchRuns);
        MatchSettingsRoutes.register(router, matchRuns);
        SearchRoutes.register(
                router,
                matching.map(m -> new HybridSearch(
                        db.transactions(),
                        db.search(),
                        consultants,
                        requirements,
                        // recruiters repeat their searches: each query text is embedded once per instance (ADR 0054)
                        new com.benchcrm.embedding.QueryEmbeddingCache(m.model(), QUERY_EMBEDDINGS_KEPT),
                        m.index())));
        WorkflowPolicy policy = new WorkflowPolicy(db.transactions(), db.workflowSettings(), audit, clock);
        Submissions submissions = new Submissions(
                db.transactions(),
                db.submissions(),
                db.submissionReferences(),
                db.requirements(),
                db.rtrs(),
                policy,
                new com.benchcrm.consultant.Bench(db.consultants(), audit, outbox, clock),
                audit,
                outbox,
                idempotency,
                ids,
                clock);
        SubmissionRoutes.register(router, submissions, clock);
        RtrRoutes.register(
                router, new Rtrs(db.transactions(), db.rtrs(), db.submissionReferences(), audit, ids, clock), clock);
        WorkflowSettingsRoutes.register(router, policy);
        AnalyticsRoutes.register(router, new Analytics(db.transactions(), db.analytics()), clock);
        InboxIngest inbox = new InboxIngest(
                        db.transactions(),
                        db.inboundMessages(),
                        new MimeMailParser(),
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
        InboxRoutes.register(router, inbox, rawStore(config), clock);
        UserRepository userRepository = db.users();
        ActiveUsers activeUsers = new ActiveUsers(db.transactions(), userRepository, config.userStatusTtl(), clock);
        UserRoutes.register(
                router,
                new Users(
                        db.transactions(), userRepository, audit, identityDirectory(config), activeUsers, ids, clock));
        RequestMetrics metrics = config.emfMetrics() ? new PowertoolsRequestMetrics() : RequestMetrics.NONE;
        return new HttpApiComponents(
                new HttpApi(
                        router, verifier, config.maxBodyBytes(), metrics, rateLimiter(config), activeUsers, tenants),
                sql);
    }

    /** The marketing services: lists, consent, suppressions, unsubscribe, drafts and the sender (issue 15). */
    static com.benchcrm.function.httpapi.marketing.OutreachRoutes.Services outreach(
            HttpApiConfig.Outreach config,
            PostgresPersistence db,
            com.benchcrm.marketing.HotLists hotLists,
            com.benchcrm.marketing.SubmissionDrafts submissionDrafts,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        byte[] secret = config.unsubscribeSecret()
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new java.security.SecureRandom().nextBytes(random);
                    return random;
                });
        com.benchcrm.marketing.UnsubscribeTokens tokens = new com.benchcrm.marketing.UnsubscribeTokens(secret);
        com.benchcrm.marketing.Suppressions suppressions =
                new com.benchcrm.marketing.Suppressions(db.transactions(), db.suppressions(), audit, clock);
        com.benchcrm.marketing.MailSender mail = config.sentMailDir()
                .<com.benchcrm.marketing.MailSender>map(dir -> new com.benchcrm.mail.mime.EmlFolderMailSender(
                        dir, new com.benchcrm.mail.mime.MimeMailWriter(clock)))
                .orElse((tenant, m) -> {
                    throw new com.benchcrm.marketing.MailSender.MailSendException(
                            "no mail sender is configured (BENCHCRM_SENT_MAIL_DIR)", null);
                });
        com.benchcrm.marketing.OutreachSender sender = new com.benchcrm.marketing.OutreachSender(
                db.transactions(),
                db.outreachDrafts(),
                db.outreachMessages(),
                db.suppressions(),
                db.marketingSettings(),
                db.rtrs(),
                db.submissions(),
                mail,
                tokens,
                config.publicBaseUrl(),
                config.unsubscribeMailbox(),
                clock);
        return new com.benchcrm.function.httpapi.marketing.OutreachRoutes.Services(
                new com.benchcrm.marketing.DistributionLists(
                        db.transactions(),
                        db.distributionLists(),
                        db.contacts(),
                        audit,
                        outbox,
                        idempotency,
                        ids,
                        clock),
                new com.benchcrm.marketing.Consents(db.transactions(), db.contacts(), db.consents(), audit, clock),
                suppressions,
                new com.benchcrm.marketing.MailFeedback(suppressions),
                new com.benchcrm.marketing.Unsubscribes(tokens, suppressions),
                new com.benchcrm.marketing.Outreach(
                        db.transactions(),
                        db.outreachDrafts(),
                        db.outreachMessages(),
                        hotLists,
                        db.distributionLists(),
                        db.contacts(),
                        db.consents(),
                        db.suppressions(),
                        db.marketingSettings(),
                        db.rtrs(),
                        db.submissions(),
                        sendQueue(config, sender),
                        audit,
                        ids,
                        clock),
                submissionDrafts);
    }

    /**
     * Submission drafts (ADRs 0101-0102): the AI mode writes through the same gateway as extraction and
     * counts against the same daily token allowance; without Bedrock it is refused ({@code ai-not-configured}).
     */
    static com.benchcrm.marketing.SubmissionDrafts submissionDrafts(
            HttpApiConfig config, PostgresPersistence db, AiGateway ai, AuditLog audit, Ids ids, Clock clock) {
        com.benchcrm.extraction.TokenBudget budget = config.ai().bedrock()
                ? new com.benchcrm.extraction.DailyTokenBudget(
                        db.transactions(), db.tokenUsage(), config.ai().maxTokensPerDay(), clock)
                : com.benchcrm.extraction.TokenBudget.UNLIMITED;
        return new com.benchcrm.marketing.SubmissionDrafts(
                db.transactions(),
                db.outreachDrafts(),
                db.submissions(),
                db.consultants(),
                db.requirements(),
                db.contacts(),
                db.rtrs(),
                db.marketingSettings(),
                ai,
                budget,
                com.benchcrm.marketing.SubmissionDrafts.DEFAULT_MAX_OUTPUT_TOKENS,
                audit,
                ids,
                clock);
    }

    /**
     * Where an approval hands its queued recipients: the SQS send queue when one is configured (the
     * {@code outreachSender} function sends, ADR 0095), else the sender inline in the request.
     */
    static com.benchcrm.marketing.OutreachQueue sendQueue(
            HttpApiConfig.Outreach config, com.benchcrm.marketing.OutreachSender sender) {
        return config.sendQueueUrl()
                .<com.benchcrm.marketing.OutreachQueue>map(url -> new com.benchcrm.queue.sqs.SqsOutreachQueue(
                        com.benchcrm.queue.sqs.SqsQueues.create(config.sqsEndpoint()
                                .map(com.benchcrm.queue.sqs.SqsQueues.Settings::local)
                                .orElseGet(() -> com.benchcrm.queue.sqs.SqsQueues.Settings.aws(config.region()))),
                        url))
                .orElseGet(() -> com.benchcrm.marketing.OutreachQueue.inline(sender));
    }

    /** Who else must hear of a user change: nobody locally (the embedded provider reads the table), Cognito in AWS. */
    static IdentityDirectory identityDirectory(HttpApiConfig config) {
        if (!config.identity().cognito()) {
            return IdentityDirectory.NONE;
        }
        return com.benchcrm.identity.cognito.CognitoIdentityDirectory.create(
                config.identity().userPoolId().orElseThrow(),
                config.ai().region(),
                config.identity().endpoint());
    }

    /** Per-tenant request limits (ADR 0035): none, in this process, or shared in DynamoDB (failing open). */
    static com.benchcrm.ratelimit.RateLimiter rateLimiter(HttpApiConfig config) {
        HttpApiConfig.RateLimiting r = config.rateLimiting();
        return switch (r.mode()) {
            case OFF -> com.benchcrm.ratelimit.RateLimiter.UNLIMITED;
            case MEMORY -> new com.benchcrm.ratelimit.TokenBucketRateLimiter(r.limits());
            case DYNAMODB ->
                com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter.create(
                        new com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter.Settings(
                                r.table().orElseThrow(),
                                r.limits().defaults(),
                                config.ai().region(),
                                r.endpoint()),
                        config.emfMetrics() ? PowertoolsRequestMetrics::rateLimitFailedOpen : () -> {});
        };
    }

    /** The extractor: the deterministic rules (no network), or Bedrock with the rules behind it. */
    static AiGateway aiGateway(HttpApiConfig config, PostgresPersistence db, Clock clock) {
        DeterministicExtractor rules = new DeterministicExtractor(clock);
        if (!config.ai().bedrock()) {
            return rules;
        }
        com.benchcrm.ai.bedrock.BedrockAiGateway bedrock = com.benchcrm.ai.bedrock.BedrockAiGateway.create(
                com.benchcrm.ai.bedrock.BedrockAiGateway.Settings.defaults(
                        config.ai().modelId().orElseThrow()),
                config.ai().region(),
                config.ai().endpoint(),
                new com.benchcrm.extraction.DailyTokenBudget(
                        db.transactions(), db.tokenUsage(), config.ai().maxTokensPerDay(), clock));
        return new com.benchcrm.extraction.FallbackAiGateway(bedrock, rules);
    }

    /**
     * The success-model registry (ADR 0076): {@code BENCHCRM_MODELS_DIR} (the embedded stack: a folder under its home)
     * or {@code BENCHCRM_MODELS_BUCKET} (S3); neither: no calibrated models, every recommendation keeps the fixed curve.
     */
    static com.benchcrm.matching.success.SuccessModels successModels(HttpApiConfig config, Clock clock) {
        String dir = config.matching().get("BENCHCRM_MODELS_DIR");
        String bucket = config.matching().get("BENCHCRM_MODELS_BUCKET");
        BlobStore store;
        if (dir != null && !dir.isBlank()) {
            store = new FolderBlobStore(java.nio.file.Path.of(dir));
        } else if (bucket != null && !bucket.isBlank()) {
            software.amazon.awssdk.services.s3.S3Client s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                    .region(software.amazon.awssdk.regions.Region.of(config.ai().region()))
                    .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                    .build();
            store = new com.benchcrm.blob.s3.S3BlobStore(s3, bucket, slug -> s3);
        } else {
            return com.benchcrm.matching.success.SuccessModels.NONE;
        }
        return new com.benchcrm.matching.success.SuccessModels(
                new com.benchcrm.matching.success.BlobModelRegistry(store), clock);
    }

    private static java.util.Optional<BlobStore> rawStore(HttpApiConfig config) {
        if (config.rawDir().isPresent()) {
            return java.util.Optional.of(new FolderBlobStore(config.rawDir().get()));
        }
        if (config.rawBucket().isPresent()) {
            software.amazon.awssdk.services.s3.S3Client s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                    .region(software.amazon.awssdk.regions.Region.of(config.ai().region()))
                    .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                    .build();
            return java.util.Optional.of(
                    new com.benchcrm.blob.s3.S3BlobStore(s3, config.rawBucket().get(), slug -> s3));
        }
        return java.util.Optional.empty();
    }
}
