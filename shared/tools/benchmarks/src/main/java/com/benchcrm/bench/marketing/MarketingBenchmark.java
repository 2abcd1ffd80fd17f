package com.benchcrm.bench.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.bench.Stats;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.company.ContactInput;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.mail.mime.EmlFolderMailSender;
import com.benchcrm.mail.mime.MimeMailWriter;
import com.benchcrm.marketing.ConsentBasis;
import com.benchcrm.marketing.ContactConsent;
import com.benchcrm.marketing.DistributionListInput;
import com.benchcrm.marketing.DistributionLists;
import com.benchcrm.marketing.HotListInput;
import com.benchcrm.marketing.HotLists;
import com.benchcrm.marketing.MarketingPolicy;
import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.marketing.Outreach;
import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.OutreachSender;
import com.benchcrm.marketing.RenderedHotList;
import com.benchcrm.marketing.Suppression;
import com.benchcrm.marketing.SuppressionReason;
import com.benchcrm.marketing.UnsubscribeTokens;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * {@code shared/tools/benchmarks/run marketing [consultants=500] [contacts=2000] [renders=30]}: issue 15's measurements,
 * on the use cases over a real PostgreSQL (the application role, forced row-level security, fsync on). Numbers only.
 *
 * <ol>
 *   <li>Rendering a hot list of {@code consultants} hand-picked consultants: {@code HotLists.preview} (read the picks,
 *       their marketing preferences and the policy, order, render HTML and text) {@code renders} times after a warm-up,
 *       p50/p95, and the renderer alone on the resolved lines.</li>
 *   <li>Queuing a send to a distribution list of {@code contacts} contacts, 5 % without consent and 7.5 % of the rest
 *       suppressed: {@code Outreach.approve} (one transaction: consent and suppression lookups, cap, one message row per
 *       recipient), timed; then a count of every suppressed or unconsenting address that was queued (must be 0), and the
 *       worker sending the queue to the local .eml sink (mails/s), with 50 more addresses suppressed between approval
 *       and sending to show the sender's second check.</li>
 * </ol>
 */
public final class MarketingBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int consultantCount = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int contactCount = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int renders = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        System.out.printf(
                "marketing benchmark: hot list of %,d consultants, send to %,d contacts; %d cores, java %s, load before: %s%n",
                consultantCount,
                contactCount,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                Stats.loadAverage());
        Path work = root.resolve("shared/tools/benchmarks/target/bench/marketing");
        Files.createDirectories(work);
        Stats.deleteTree(work.resolve("postgres").resolve("data"));
        Stats.deleteTree(work.resolve("sent-mail"));
        LocalPostgres pg = LocalPostgres.start(work.resolve("postgres"), 0, false, true);
        JdbcSqlPort owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 2);
        JdbcSqlPort app = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        var ownerDb = PostgresPersistence.over(owner);
        TenantId tenant = new TenantDirectory(ownerDb.transactions(), ownerDb.tenants())
                .ensure(new TenantSlug("marketing"), "marketing");
        PostgresPersistence db = PostgresPersistence.over(app);
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        Idempotency idempotency = new Idempotency(db.idempotency(), clock);
        Caller caller = new Caller(tenant, "bench", Set.of(Role.Owner), "bench");
        new MarketingPolicy(db.transactions(), db.marketingSettings(), audit, clock)
                .put(
                        caller,
                        new MarketingSettings.Input(
                                true,
                                "100 Main Street, Austin, TX 78701",
                                "Bench Sales",
                                "bench@acme.example",
                                100_000),
                        OptionalLong.empty());

        // --- 1. a hot list of N consultants
        long c0 = System.nanoTime();
        List<UUID> consultantIds = new ArrayList<>();
        db.transactions().inTenant(tenant, tx -> {
            Instant now = clock.instant();
            for (int i = 0; i < consultantCount; i++) {
                UUID id = ids.next();
                db.consultants().insert(tx, id, consultant(i), now);
                db.consultants().setOnBenchSince(tx, id, LocalDate.now(clock).minusDays(i % 120), now);
                consultantIds.add(id);
            }
            return null;
        });
        System.out.printf(
                Locale.US, "data: %,d consultants in %.1f s%n", consultantCount, (System.nanoTime() - c0) / 1e9);
        HotLists hotLists = new HotLists(
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
        UUID hotList = hotLists.create(caller, new HotListInput("Bench", consultantIds, null, null), Optional.empty())
                .value()
                .id();
        RenderedHotList r = null;
        for (int i = 0; i < 5; i++) {
            r = hotLists.preview(caller, hotList);
        }
        List<Long> previews = new ArrayList<>();
        for (int i = 0; i < renders; i++) {
            long t = System.nanoTime();
            r = hotLists.preview(caller, hotList);
            previews.add(System.nanoTime() - t);
        }
        List<Long> renderOnly = new ArrayList<>();
        for (int i = 0; i < renders * 3; i++) {
            long t = System.nanoTime();
            com.benchcrm.marketing.HotListRenderer.render(hotList, "Bench", r.lines(), 0);
            renderOnly.add(System.nanoTime() - t);
        }
        System.out.printf(
                Locale.US,
                "hot list of %,d consultants: preview (read + order + render) p50 %.1f ms, p95 %.1f ms over %d; renderer"
                        + " alone p50 %.2f ms, p95 %.2f ms; %,d lines, HTML %,d bytes, text %,d bytes%n",
                consultantCount,
                pct(previews, 50),
                pct(previews, 95),
                renders,
                pct(renderOnly, 50),
                pct(renderOnly, 95),
                r.lines().size(),
                r.html().getBytes(StandardCharsets.UTF_8).length,
                r.text().getBytes(StandardCharsets.UTF_8).length);

        // --- 2. a send to M contacts
        long k0 = System.nanoTime();
        List<UUID> contactIds = new ArrayList<>();
        Set<String> noConsent = new HashSet<>();
        Set<String> suppressed = new HashSet<>();
        db.transactions().inTenant(tenant, tx -> {
            Instant now = clock.instant();
            for (int i = 0; i < contactCount; i++) {
                UUID id = ids.next();
                String email = "vendor" + i + "@vendor" + (i % 97) + ".example";
                db.contacts().insert(tx, id, new ContactInput(null, "Vendor " + i, email, null, null, null), now);
                contactIds.add(id);
                if (i % 20 == 7) {
                    noConsent.add(email);
                    continue;
                }
                db.consents()
                        .upsert(
                                tx,
                                new ContactConsent(id, ConsentBasis.EXISTING_RELATIONSHIP, now, null, "bench", now));
                if (i % 40 == 3 || i % 40 == 22 || i % 40 == 31) {
                    db.suppressions()
                            .insertIfAbsent(tx, new Suppression(email, SuppressionReason.BOUNCED, null, "bench", now));
                    suppressed.add(email);
                }
            }
            return null;
        });
        DistributionLists lists = new DistributionLists(
                db.transactions(), db.distributionLists(), db.contacts(), audit, outbox, idempotency, ids, clock);
        UUID list = lists.create(
                        caller,
                        new DistributionListInput("All vendors", null, null, null, contactIds),
                        Optional.empty())
                .value()
                .id();
        System.out.printf(
                Locale.US,
                "data: %,d contacts (%,d without consent, %,d suppressed) and their list in %.1f s%n",
                contactCount,
                noConsent.size(),
                suppressed.size(),
                (System.nanoTime() - k0) / 1e9);
        EmlFolderMailSender eml = new EmlFolderMailSender(work.resolve("sent-mail"), new MimeMailWriter(clock));
        java.util.concurrent.atomic.AtomicInteger handedOver = new java.util.concurrent.atomic.AtomicInteger();
        UnsubscribeTokens tokens =
                new UnsubscribeTokens("benchmark-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8));
        OutreachSender sender = new OutreachSender(
                db.transactions(),
                db.outreachDrafts(),
                db.outreachMessages(),
                db.suppressions(),
                db.marketingSettings(),
                db.rtrs(),
                db.submissions(),
                new EmlFolderMailSender(work.resolve("sent-mail"), new MimeMailWriter(clock)),
                tokens,
                "https://api.acme.example",
                "unsubscribe@acme.example",
                clock);
        List<UUID> queuedIds = new ArrayList<>();
        Outreach outreach = new Outreach(
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
                (t, messageIds) -> queuedIds.addAll(messageIds),
                audit,
                ids,
                clock);
        OutreachDraft draft = outreach.draftHotList(caller, new Outreach.HotListDraftRequest(hotList, list));
        long a0 = System.nanoTime();
        Outreach.Approval approval = outreach.approve(caller, draft.id());
        double approveMs = (System.nanoTime() - a0) / 1e6;
        List<OutreachMessage> rows = outreach.messages(caller, draft.id());
        long queuedSuppressed = rows.stream()
                .filter(m -> m.status() == OutreachMessage.Status.QUEUED)
                .filter(m -> suppressed.contains(m.recipient()) || noConsent.contains(m.recipient()))
                .count();
        long recordedSuppressed = rows.stream()
                .filter(m -> m.status() == OutreachMessage.Status.SUPPRESSED && suppressed.contains(m.recipient()))
                .count();
        long recordedNoConsent = rows.stream()
                .filter(m -> m.status() == OutreachMessage.Status.SUPPRESSED && noConsent.contains(m.recipient()))
                .count();
        System.out.printf(
                Locale.US,
                "queuing a send to %,d contacts (approve: consent, suppressions, cap, %,d message rows, audit; one"
                        + " transaction): %.0f ms; queued %,d; suppressed held %,d/%,d, no consent held %,d/%,d;"
                        + " suppressed or unconsenting addresses queued: %d%n",
                contactCount,
                rows.size(),
                approveMs,
                approval.queued(),
                recordedSuppressed,
                suppressed.size(),
                recordedNoConsent,
                noConsent.size(),
                queuedSuppressed);

        // the send queue (ADR 0095): the approval's queued ids to SQS (ElasticMQ on loopback), ten per batch
        try (com.benchcrm.local.events.LocalSqs sqs = com.benchcrm.local.events.LocalSqs.start(0)) {
            String url = sqs.createQueues(com.benchcrm.events.EventRouting.load(), java.util.Optional.empty())
                    .get("outreach");
            long q0 = System.nanoTime();
            new com.benchcrm.queue.sqs.SqsOutreachQueue(sqs.queues(), url).enqueue(tenant, queuedIds);
            double enqueueMs = (System.nanoTime() - q0) / 1e6;
            String visible = sqs.queues()
                    .client()
                    .getQueueAttributes(b -> b.queueUrl(url)
                            .attributeNames(
                                    software.amazon.awssdk.services.sqs.model.QueueAttributeName
                                            .APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes()
                    .get(software.amazon.awssdk.services.sqs.model.QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            System.out.printf(
                    Locale.US,
                    "enqueuing %,d queued recipients to the outreach SQS queue (ElasticMQ, SendMessageBatch of 10): %.0f ms"
                            + " (%.0f messages/s); messages on the queue: %s%n",
                    queuedIds.size(),
                    enqueueMs,
                    queuedIds.size() / (enqueueMs / 1000.0),
                    visible);
        }

        // 50 more addresses suppressed after approval, before the worker runs: the sender's second check
        Set<String> late = new HashSet<>();
        db.transactions().inTenant(tenant, tx -> {
            rows.stream()
                    .filter(m -> m.status() == OutreachMessage.Status.QUEUED)
                    .limit(50)
                    .forEach(m -> {
                        db.suppressions()
                                .insertIfAbsent(
                                        tx,
                                        new Suppression(
                                                m.recipient(),
                                                SuppressionReason.UNSUBSCRIBED,
                                                null,
                                                "bench",
                                                clock.instant()));
                        late.add(m.recipient());
                    });
            return null;
        });
        long s0 = System.nanoTime();
        int sent = 0;
        for (UUID id : queuedIds) {
            sent += sender.send(tenant, id) == OutreachMessage.Status.SENT ? 1 : 0;
        }
        double sendS = (System.nanoTime() - s0) / 1e9;
        int before = handedOver.get();
        for (UUID id : queuedIds) {
            sender.send(tenant, id);
        }
        int resent = handedOver.get() - before;
        long lateSent = outreach.messages(caller, draft.id()).stream()
                .filter(m -> m.status() == OutreachMessage.Status.SENT && late.contains(m.recipient()))
                .count();
        long files;
        try (var walk = Files.walk(work.resolve("sent-mail"))) {
            files = walk.filter(p -> p.toString().endsWith(".eml")).count();
        }
        System.out.printf(
                Locale.US,
                "worker: %,d mails to the .eml sink in %.1f s (%.0f mails/s, one transaction and one file each); %d"
                        + " suppressed after approval, sent anyway: %d; .eml files %,d; a second pass over the same %,d"
                        + " messages handed %d more mails to the sink%n",
                sent,
                sendS,
                sent / sendS,
                late.size(),
                lateSent,
                files,
                queuedIds.size(),
                resent);
        System.out.println("load after: " + Stats.loadAverage());
        app.close();
        owner.close();
        pg.close();
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static ConsultantInput consultant(int i) {
        String[][] stacks = {
            {"Java", "Spring Boot", "AWS", "Kafka"},
            {"Python", "Spark", "Airflow", "SQL"},
            {"React", "TypeScript", "Node.js", "GraphQL"},
            {"C#", ".NET", "Azure", "SQL Server"},
            {"Salesforce", "Apex", "LWC"}
        };
        String[] titles = {
            "Java Developer", "Data Engineer", "Front-end Developer", ".NET Developer", "Salesforce Developer"
        };
        String[] skills = stacks[i % stacks.length];
        List<ConsultantSkill> s = new ArrayList<>();
        for (int k = 0; k < skills.length; k++) {
            s.add(new ConsultantSkill(skills[k], new BigDecimal(9 - k), k == 0 ? Boolean.TRUE : null));
        }
        WorkAuthorization[] was = WorkAuthorization.values();
        return new ConsultantInput(
                null,
                "Consultant " + i,
                "consultant" + i + "@bench.example",
                null,
                "Senior " + titles[i % titles.length],
                null,
                new Location("City " + (i % 50), "TX", "US"),
                was[i % was.length],
                new BigDecimal(5 + i % 15),
                s,
                new Availability(AvailabilityStatus.AVAILABLE, null),
                new Rate(new BigDecimal(60 + i % 50), "USD", RateUnit.HOUR, EmploymentType.C2C),
                null,
                null,
                null);
    }
}
