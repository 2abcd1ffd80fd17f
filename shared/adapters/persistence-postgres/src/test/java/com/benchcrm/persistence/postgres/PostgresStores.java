package com.benchcrm.persistence.postgres;

import com.benchcrm.audit.AuditRepository;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.events.ProcessedEventRepository;
import com.benchcrm.idempotency.IdempotencyRepository;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.extraction.TokenUsageRepository;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchSettingsRepository;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.UserRepository;
import com.benchcrm.webhook.WebhookDeliveryRepository;
import com.benchcrm.webhook.WebhookRepository;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.testing.contract.Stores;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL persistence as the contract tests see it: the real PostgreSQL of this test JVM
 * ({@link TestDatabase}), the application role (row-level security forced, owns nothing), and
 * tenants created as the schema owner.
 */
final class PostgresStores implements Stores {

    private static PostgresStores instance;
    private static final AtomicLong SEQ = new AtomicLong();

    final LocalPostgres pg;
    final JdbcSqlPort app;
    final JdbcSqlPort owner;
    final JdbcSqlPort relay;
    final PostgresPersistence db;
    final PostgresPersistence asRelay;
    final PostgresPersistence asOwner;

    private PostgresStores() {
        pg = TestDatabase.get();
        app = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().appRole(), pg.roles().appPassword(), 4);
        owner = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1);
        relay = JdbcSqlPort.connect(pg.jdbcUrl(), pg.roles().relayRole(), pg.roles().relayPassword(), 2);
        db = PostgresPersistence.over(app);
        asRelay = PostgresPersistence.over(relay);
        asOwner = PostgresPersistence.over(owner);
    }

    static synchronized PostgresStores get() {
        if (instance == null) {
            instance = new PostgresStores();
        }
        return instance;
    }

    @Override
    public Transactions transactions() {
        return db.transactions();
    }

    @Override
    public Transactions relayTransactions() {
        return asRelay.transactions();
    }

    @Override
    public TenantId newTenant() {
        String slug = "pc-" + Long.toString(System.nanoTime(), 36) + "-" + SEQ.incrementAndGet();
        return new TenantDirectory(asOwner.transactions(), asOwner.tenants()).ensure(new TenantSlug(slug), slug);
    }

    @Override
    public ConsultantRepository consultants() {
        return db.consultants();
    }

    @Override
    public RequirementRepository requirements() {
        return db.requirements();
    }

    @Override
    public AuditRepository audit() {
        return db.audit();
    }

    @Override
    public OutboxRepository outbox() {
        return db.outbox();
    }

    @Override
    public IdempotencyRepository idempotency() {
        return db.idempotency();
    }

    @Override
    public ProcessedEventRepository processedEvents() {
        return db.processedEvents();
    }
    @Override
    public Transactions ownerTransactions() {
        return asOwner.transactions();
    }

    @Override
    public TenantRepository tenants() {
        return asOwner.tenants();
    }

    @Override
    public UserRepository users() {
        return db.users();
    }

    @Override
    public TokenUsageRepository tokenUsage() {
        return db.tokenUsage();
    }

    @Override
    public MatchRunRepository matchRuns() {
        return db.matchRuns();
    }

    @Override
    public MatchSettingsRepository matchSettings() {
        return db.matchSettings();
    }

    @Override
    public SearchRepository search() {
        return db.search();
    }

    @Override
    public InboundMessageRepository inboundMessages() {
        return db.inboundMessages();
    }

    @Override
    public WebhookRepository webhooks() {
        return db.webhooks();
    }

    @Override
    public WebhookDeliveryRepository webhookDeliveries() {
        return db.webhookDeliveries();
    }
}
