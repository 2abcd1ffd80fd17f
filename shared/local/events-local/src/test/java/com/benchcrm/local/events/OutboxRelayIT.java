package com.benchcrm.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Ids;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventPublisher;
import com.benchcrm.events.PublishResult;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real PostgreSQL with forced row-level security: it reads every tenant's
 * outbox through the claim functions, marks what the bus took, gives back what it refused, and the
 * sweeper picks up claims a dead relay left behind. Tests run one at a time (shared outbox).
 */
class OutboxRelayIT {

    static final TestTenants DB = TestTenants.get();
    static final Clock CLOCK = Clock.systemUTC();
    static final PostgresPersistence PG = PostgresPersistence.over(DB.app);
    /** The relay connects as its own role (ADR 0059). */
    static final PostgresPersistence RELAY = PostgresPersistence.over(DB.relay);
    static final Outbox OUTBOX = new Outbox(PG.outbox(), new Ids(CLOCK), CLOCK);

    final List<DomainEvent> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void drainLeftovers() {
        // Rows of earlier tests (other classes share the database) are published and forgotten.
        new OutboxRelay(RELAY.transactions(), RELAY.outbox(), PublishResult::allPublished, new OutboxRelay.Settings(500, Duration.ofSeconds(1), Duration.ZERO))
                .drainFor(Duration.ofMillis(300), Duration.ofMillis(50));
    }

    @Test
    void relayOnce_rowsOfTwoTenants_publishesBothWithTheirEnvelopeAndMarksThem() {
        TenantId a = DB.newTenant("relay-a");
        TenantId b = DB.newTenant("relay-b");
        UUID fromA = append(a, 1).get(0);
        UUID fromB = append(b, 1).get(0);
        OutboxRelay relay = relay(events -> {
            received.addAll(events);
            return PublishResult.allPublished(events);
        });

        OutboxRelay.Round round = relay.relayOnce();

        assertThat(round.published()).isEqualTo(2);
        assertThat(received).extracting(DomainEvent::id).containsExactlyInAnyOrder(fromA, fromB);
        DomainEvent e = received.stream().filter(x -> x.id().equals(fromA)).findFirst().orElseThrow();
        assertThat(e.tenant()).isEqualTo(a);
        assertThat(e.type()).isEqualTo("RequirementImported");
        assertThat(e.traceId()).startsWith("trace-");
        assertThat(e.data().path("version").asInt()).isEqualTo(1);
        assertThat(relay.relayOnce().claimed()).isZero();
        assertThat(relay.sweep().claimed()).isZero();
        assertThat(publishedAt(a, fromA)).isTrue();
    }

    @Test
    void relayOnce_busRefusesSome_marksTheOthersAndTheSweeperRetriesTheRefusedAfterTheirBackOff() throws Exception {
        TenantId t = DB.newTenant("relay-partial");
        List<UUID> ids = append(t, 6);
        Set<UUID> refuse = Set.of(ids.get(1), ids.get(4));
        OutboxRelay relay = new OutboxRelay(RELAY.transactions(), RELAY.outbox(), events -> {
            received.addAll(events);
            Map<UUID, String> failed = new HashMap<>();
            List<DomainEvent> ok = new ArrayList<>();
            for (DomainEvent e : events) {
                if (refuse.contains(e.id()) && received.stream().filter(r -> r.id().equals(e.id())).count() == 1) {
                    failed.put(e.id(), "ThrottlingException");
                } else {
                    ok.add(e);
                }
            }
            return new PublishResult(ok, failed);
        }, new OutboxRelay.Settings(100, Duration.ofSeconds(30), Duration.ofSeconds(1)));

        OutboxRelay.Round first = relay.relayOnce();
        assertThat(first).isEqualTo(new OutboxRelay.Round(6, 4, 2));
        assertThat(relay.relayOnce().claimed()).as("refused rows wait for the sweeper").isZero();
        assertThat(relay.sweep().claimed()).as("not before their back-off").isZero();
        Thread.sleep(1_300);
        OutboxRelay.Round swept = relay.sweep();

        assertThat(swept).isEqualTo(new OutboxRelay.Round(2, 2, 0));
        assertThat(ids).allSatisfy(id -> assertThat(publishedAt(t, id)).isTrue());
        assertThat(attempts(t, ids.get(1))).isEqualTo(2);
        assertThat(attempts(t, ids.get(0))).isEqualTo(1);
    }

    @Test
    void sweep_claimsOfARelayThatDied_arePublishedOnceTheLeaseExpires() throws Exception {
        TenantId t = DB.newTenant("relay-dead");
        List<UUID> ids = append(t, 3);
        // A relay claims the rows and dies before publishing (its lease: 1 second).
        int claimed = DB.relay.withoutTenant(s -> s.query("select id from benchcrm.outbox_claim(100, 1, false)")).size();
        assertThat(claimed).isGreaterThanOrEqualTo(3);
        OutboxRelay relay = relay(events -> {
            received.addAll(events);
            return PublishResult.allPublished(events);
        });

        assertThat(relay.relayOnce().claimed()).as("claimed rows are invisible to other relays").isZero();
        Thread.sleep(1_200);
        relay.sweep();

        assertThat(received).extracting(DomainEvent::id).containsAll(ids);
        assertThat(ids).allSatisfy(id -> assertThat(publishedAt(t, id)).isTrue());
    }

    @Test
    void publisherThrows_rowsAreReleasedNotLost() throws Exception {
        TenantId t = DB.newTenant("relay-down");
        List<UUID> ids = append(t, 2);
        OutboxRelay down = new OutboxRelay(RELAY.transactions(), RELAY.outbox(), events -> {
            throw new IllegalStateException("bus unreachable");
        }, new OutboxRelay.Settings(100, Duration.ofSeconds(30), Duration.ZERO));

        assertThat(down.relayOnce().failed()).isGreaterThanOrEqualTo(2);
        String error = DB.owner.inTenant(t, s -> s.queryOne("select last_error from outbox where id = :id",
                SqlParams.of("id", ids.get(0)))).orElseThrow().string("last_error");
        assertThat(error).contains("bus unreachable");
        Thread.sleep(50);
        relay(events -> {
            received.addAll(events);
            return PublishResult.allPublished(events);
        }).sweep();

        assertThat(received).extracting(DomainEvent::id).containsAll(ids);
    }

    @Test
    void applicationRole_stillSeesNoOtherTenantsOutbox_evenWithTheRelaySettingOn() {
        TenantId a = DB.newTenant("relay-rls-a");
        TenantId b = DB.newTenant("relay-rls-b");
        append(a, 1);

        long seenFromB = DB.app.inTenant(b, s -> {
            s.query("select set_config('benchcrm.relay', 'on', true) as x");
            return s.queryOne("select count(*) as n from outbox where tenant_id = :a", SqlParams.of("a", a.value()))
                    .orElseThrow().longValue("n");
        });
        long seenWithoutTenant = DB.app.withoutTenant(s -> {
            s.query("select set_config('benchcrm.relay', 'on', true) as x");
            return s.queryOne("select count(*) as n from outbox", SqlParams.none()).orElseThrow().longValue("n");
        });

        assertThat(seenFromB).isZero();
        assertThat(seenWithoutTenant).isZero();
        long updated = DB.app.withoutTenant(s -> {
            s.query("select set_config('benchcrm.relay', 'on', true) as x");
            return s.update("update outbox set published_at = now() where published_at is null", SqlParams.none());
        });
        assertThat(updated).isZero();
    }

    @Test
    void backlog_countsUnpublishedRowsAcrossTenants() {
        OutboxRelay relay = relay(PublishResult::allPublished);
        long before = relay.backlog().unpublished();
        append(DB.newTenant("relay-backlog-a"), 2);
        append(DB.newTenant("relay-backlog-b"), 3);

        assertThat(relay.backlog().unpublished()).isEqualTo(before + 5);
        relay.relayOnce();
        assertThat(relay.backlog().unpublished()).isZero();
    }

    // ------------------------------------------------------------------------------------ helpers

    static OutboxRelay relay(EventPublisher publisher) {
        return new OutboxRelay(RELAY.transactions(), RELAY.outbox(), publisher, new OutboxRelay.Settings(100, Duration.ofSeconds(30), Duration.ZERO));
    }

    static List<UUID> append(TenantId tenant, int n) {
        return PG.transactions().inTenant(tenant, tx -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID aggregate = UUID.randomUUID();
                ids.add(OUTBOX.append(tx, TestTenants.caller(tenant), "RequirementImported", 1, "requirement", aggregate,
                        Map.of("id", aggregate.toString(), "version", 1)));
            }
            return ids;
        });
    }

    static boolean publishedAt(TenantId tenant, UUID id) {
        return DB.app.inTenant(tenant, s -> s.queryOne("select published_at is not null as p from outbox where id = :id",
                SqlParams.of("id", id))).orElseThrow().bool("p");
    }

    static int attempts(TenantId tenant, UUID id) {
        return DB.app.inTenant(tenant, s -> s.queryOne("select attempts from outbox where id = :id", SqlParams.of("id", id)))
                .orElseThrow().intValue("attempts");
    }

    static Set<UUID> ids(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::id).collect(Collectors.toSet());
    }
}
