package com.benchcrm.workauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.WorkAuthorizationValidity;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryOutboxRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The daily WorkAuthorizationExpiring job against the in-memory store: within the lead time, once, per tenant. */
class ExpiryAlertsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    final MutableClock clock =
            new MutableClock(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final ExpiryAlerts alerts = new ExpiryAlerts(db.transactions(), db.workAuthorization(), outbox, ids, clock);
    final ExpirySettings settings = new ExpirySettings(
            db.transactions(), db.workAuthorization(), new AuditLog(db.transactions(), db.audit(), ids, clock), clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final TenantId other = new TenantId(UUID.randomUUID());

    UUID consultant(TenantId t, String name, WorkAuthorization auth, LocalDate validUntil, LocalDate i94) {
        UUID id = Samples.id();
        ConsultantInput base = Samples.consultant(name, null);
        ConsultantInput in = new ConsultantInput(
                null,
                base.fullName(),
                null,
                null,
                null,
                null,
                null,
                auth,
                null,
                List.of(),
                null,
                null,
                new WorkAuthorizationValidity(validUntil, i94, null),
                null);
        db.transactions().inTenant(t, (Tx tx) -> {
            db.consultants().insert(tx, id, in, clock.instant());
            return null;
        });
        return id;
    }

    List<InMemoryOutboxRepository.Row> events(TenantId t) {
        return db.transactions().inTenant(t, (Tx tx) -> db.outbox().all(tx)).stream()
                .filter(r -> r.event().eventType().equals("WorkAuthorizationExpiring"))
                .toList();
    }

    @Test
    void run_announcesWhatEndsWithinTheLeadTime_onceAcrossReruns_inEachTenant() {
        UUID soon = consultant(tenant, "Hana H1B", WorkAuthorization.H1B, TODAY.plusDays(59), null);
        consultant(tenant, "Lee Later", WorkAuthorization.H1B, TODAY.plusDays(61), null);
        consultant(tenant, "Past Pat", WorkAuthorization.OPT_EAD, TODAY.minusDays(1), null);
        UUID i94 = consultant(other, "Ian I94", WorkAuthorization.L2_EAD, TODAY.plusYears(2), TODAY.plusDays(10));

        ExpiryAlerts.Report first = alerts.run();
        ExpiryAlerts.Report rerun = alerts.run();

        assertThat(first.tenants()).isEqualTo(2);
        assertThat(first.announced()).isEqualTo(2);
        assertThat(rerun.announced()).isZero();
        assertThat(events(tenant)).singleElement().satisfies(e -> {
            assertThat(e.event().aggregateId()).isEqualTo(soon);
            assertThat(e.event().data())
                    .containsEntry("document", "STATUS")
                    .containsEntry("expiresOn", TODAY.plusDays(59).toString())
                    .containsEntry("daysLeft", 59L)
                    .containsEntry("leadDays", 60)
                    .containsEntry("workAuthorization", "H1B");
        });
        assertThat(events(other)).singleElement().satisfies(e -> {
            assertThat(e.event().aggregateId()).isEqualTo(i94);
            assertThat(e.event().data()).containsEntry("document", "I94");
        });
    }

    @Test
    void aLongerLeadTime_announcesWhatNowFallsInside_aLaterDayNothingTwice() {
        consultant(tenant, "Lee Later", WorkAuthorization.H1B, TODAY.plusDays(75), null);
        Caller admin = new Caller(tenant, "u-admin", Set.of(Role.Admin), "t");

        assertThat(alerts.runTenant(tenant)).isZero();
        assertThat(settings.set(admin, 90).leadDays()).isEqualTo(90);
        assertThat(alerts.runTenant(tenant)).isEqualTo(1);
        clock.set(clock.instant().plusSeconds(86_400 * 20));
        assertThat(alerts.runTenant(tenant)).isZero();
        assertThat(events(tenant)).hasSize(1);
    }

    @Test
    void settings_defaultSixtyDays_onlyOwnerOrAdminChangeThem_withinOneToThreeSixtyFive() {
        Caller recruiter = new Caller(tenant, "u-r", Set.of(Role.Recruiter), "t");
        Caller admin = new Caller(tenant, "u-a", Set.of(Role.Admin), "t");

        assertThat(settings.get(recruiter).leadDays()).isEqualTo(ExpirySettings.DEFAULT_LEAD_DAYS);
        assertThat(settings.get(recruiter).version()).isZero();
        assertThatThrownBy(() -> settings.set(recruiter, 30)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> settings.set(admin, 0)).isInstanceOf(ValidationException.class);
        assertThat(settings.set(admin, 30).version()).isEqualTo(1);
        assertThat(settings.set(admin, 45).version()).isEqualTo(2);
        assertThat(settings.get(recruiter).updatedBy()).isEqualTo("u-a");
    }

    /** A clock a test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now = now.plusNanos(1000);
        }
    }
}
