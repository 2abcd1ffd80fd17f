package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Location;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.Availability;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hot lists against the in-memory repositories: who is listed (picks, the saved filter, never an
 * opted-out consultant), in which order, what a line shows (never a name or contact details; the
 * rate only when the tenant's policy shows it), escaping, and the checks on picks and callers.
 */
class HotListsTest {

    final Clock clock = new TickingClock(Instant.parse("2026-12-06T10:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final Consultants consultants =
            new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
    final HotLists hotLists = new HotLists(
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
    final ConsultantMarketingPreferences preferences = new ConsultantMarketingPreferences(
            db.transactions(), db.consultants(), db.consultantMarketing(), audit, clock);
    final MarketingPolicy policy = new MarketingPolicy(db.transactions(), db.marketingSettings(), audit, clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller recruiter = new Caller(tenant, "u-recruiter", Set.of(Role.Recruiter), "trace-1");
    final Caller owner = new Caller(tenant, "u-owner", Set.of(Role.Owner), "trace-2");

    UUID consultant(String name, String title, WorkAuthorization wa, LocalDate onBenchSince, String... skills) {
        List<ConsultantSkill> s = new java.util.ArrayList<>();
        for (int i = 0; i < skills.length; i++) {
            s.add(new ConsultantSkill(skills[i], new BigDecimal(8 - i), i == 0 ? Boolean.TRUE : null));
        }
        ConsultantInput in = new ConsultantInput(
                null,
                name,
                name.toLowerCase().replace(' ', '.') + "@mail.example",
                "+1 555 0199",
                title,
                "Private summary of " + name,
                new Location("Austin", "TX", "US"),
                wa,
                new BigDecimal("8"),
                s,
                new Availability(AvailabilityStatus.AVAILABLE, null),
                new Rate(new BigDecimal("85"), "USD", RateUnit.HOUR, EmploymentType.C2C),
                null,
                onBenchSince,
                null);
        return consultants.create(recruiter, in, Optional.empty()).value().id();
    }

    @Test
    void preview_ofPicks_ordersByDaysOnBenchAndShowsNoNameOrContact() {
        UUID recent =
                consultant("Ann Recent", "Java Developer", WorkAuthorization.H1B, LocalDate.of(2026, 12, 1), "Java");
        UUID longest = consultant(
                "Bob Longest", "Data Engineer", WorkAuthorization.GC_EAD, LocalDate.of(2026, 9, 1), "Spark", "Python");
        UUID middle = consultant(
                "Cat Middle", "QA Lead", WorkAuthorization.US_CITIZEN, LocalDate.of(2026, 11, 1), "Selenium");
        HotList list = hotLists.create(
                        recruiter,
                        new HotListInput("Monday list", List.of(recent, longest, middle), null, null),
                        Optional.empty())
                .value();

        RenderedHotList r = hotLists.preview(recruiter, list.id());

        assertThat(r.lines()).extracting(HotListLine::consultantId).containsExactly(longest, middle, recent);
        assertThat(r.lines().get(0).referenceCode())
                .isEqualTo(ReferenceCodes.of(tenant, longest))
                .matches("BC-[0-9A-F]{8}");
        assertThat(r.lines().get(0).skills())
                .extracting(HotListLine.SkillYears::name)
                .containsExactly("Spark", "Python");
        assertThat(r.subject()).isEqualTo("Hot list: Monday list (3 consultants available)");
        for (String body : List.of(r.html(), r.text())) {
            assertThat(body)
                    .doesNotContain("Ann", "Bob", "Cat", "@mail.example", "555 0199", "Private summary")
                    .contains("Data Engineer", "Spark (8 y)", "GC EAD", "Austin, TX", "available now");
        }
        assertThat(r.text().indexOf(ReferenceCodes.of(tenant, longest)))
                .isLessThan(r.text().indexOf(ReferenceCodes.of(tenant, recent)));
    }

    @Test
    void preview_leavesOutOptedOutConsultants_andCountsThem() {
        UUID staying =
                consultant("Dee Stays", "Java Developer", WorkAuthorization.H1B, LocalDate.of(2026, 11, 1), "Java");
        UUID leaving =
                consultant("Eve Leaves", "Java Architect", WorkAuthorization.H1B, LocalDate.of(2026, 10, 1), "Java");
        HotList picked = hotLists.create(
                        recruiter, new HotListInput("picked", List.of(staying, leaving), null, null), Optional.empty())
                .value();
        HotList filtered = hotLists.create(
                        recruiter,
                        new HotListInput(
                                "java", List.of(), new HotListFilter(List.of("java"), null, null, null, null), null),
                        Optional.empty())
                .value();

        preferences.set(recruiter, leaving, new ConsultantMarketingPreferences.Input(true, null));

        for (HotList l : List.of(picked, filtered)) {
            RenderedHotList r = hotLists.preview(recruiter, l.id());
            assertThat(r.lines()).extracting(HotListLine::consultantId).containsExactly(staying);
            assertThat(r.excludedOptedOut()).isEqualTo(1);
            assertThat(r.text()).doesNotContain("Java Architect", ReferenceCodes.of(tenant, leaving));
        }
        preferences.set(recruiter, leaving, new ConsultantMarketingPreferences.Input(false, true));
        RenderedHotList back = hotLists.preview(recruiter, picked.id());
        assertThat(back.lines()).extracting(HotListLine::consultantId).containsExactly(leaving, staying);
        assertThat(back.text()).contains("open to relocation");
    }

    @Test
    void preview_ofFilter_matchesSkillAndWorkAuthorizationAndSkipsThePlaced() {
        UUID h1b = consultant("Fay One", "Java Developer", WorkAuthorization.H1B, LocalDate.of(2026, 11, 1), "Java");
        consultant("Gil Two", "Java Developer", WorkAuthorization.US_CITIZEN, LocalDate.of(2026, 11, 1), "Java");
        consultant("Hal Three", ".NET Developer", WorkAuthorization.H1B, LocalDate.of(2026, 11, 1), "C#");
        consultant("Ivy Placed", "Java Developer", WorkAuthorization.H1B, null, "Java");
        HotList list = hotLists.create(
                        recruiter,
                        new HotListInput(
                                "h1b java",
                                List.of(),
                                new HotListFilter(List.of("JAVA"), null, List.of(WorkAuthorization.H1B), null, null),
                                null),
                        Optional.empty())
                .value();

        assertThat(hotLists.preview(recruiter, list.id()).lines())
                .extracting(HotListLine::consultantId)
                .containsExactly(h1b);
    }

    @Test
    void preview_showsRates_onlyWhenTheTenantPolicySaysSo() {
        UUID c = consultant("Jo Rate", "Java Developer", WorkAuthorization.H1B, LocalDate.of(2026, 11, 1), "Java");
        HotList list = hotLists.create(recruiter, new HotListInput("rates", List.of(c), null, null), Optional.empty())
                .value();

        RenderedHotList hidden = hotLists.preview(recruiter, list.id());
        assertThat(hidden.lines().get(0).rate()).isNull();
        assertThat(hidden.text()).doesNotContain("85 USD").contains("rate on request");

        policy.put(owner, new MarketingSettings.Input(true, "1 Main St", null, null, 100), OptionalLong.empty());
        RenderedHotList shown = hotLists.preview(recruiter, list.id());
        assertThat(shown.lines().get(0).rate()).isEqualTo("85 USD/hour C2C");
        assertThat(shown.html()).contains("85 USD/hour C2C");
    }

    @Test
    void preview_escapesEveryValueInTheHtml() {
        UUID c = consultant(
                "Kim Xss",
                "<script>alert(1)</script> Dev",
                WorkAuthorization.H1B,
                LocalDate.of(2026, 11, 1),
                "C&C \"quoted\"");
        HotList list = hotLists.create(
                        recruiter, new HotListInput("<b>List</b>", List.of(c), null, null), Optional.empty())
                .value();

        RenderedHotList r = hotLists.preview(recruiter, list.id());

        assertThat(r.html())
                .doesNotContain("<script>", "<b>List</b>", "\"quoted\"")
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt; Dev",
                        "&lt;b&gt;List&lt;/b&gt;",
                        "C&amp;C &quot;quoted&quot;");
        assertThat(r.text()).contains("<script>alert(1)</script> Dev");
    }

    @Test
    void create_withAnotherTenantsConsultant_isRefusedAtThePick() {
        TenantId other = new TenantId(UUID.randomUUID());
        Caller otherRecruiter = new Caller(other, "u-other", Set.of(Role.Recruiter), "trace-3");
        UUID theirs = consultants
                .create(
                        otherRecruiter,
                        com.benchcrm.testing.contract.Samples.consultant("Lee Other", "lee@other.example"),
                        Optional.empty())
                .value()
                .id();
        UUID mine = consultant("Max Mine", "Java Developer", WorkAuthorization.H1B, LocalDate.of(2026, 11, 1), "Java");

        assertThatThrownBy(() -> hotLists.create(
                        recruiter, new HotListInput("x", List.of(mine, theirs), null, null), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/consultantIds/1"));
        HotList list = hotLists.create(recruiter, new HotListInput("mine", List.of(mine), null, null), Optional.empty())
                .value();
        assertThatThrownBy(() -> hotLists.preview(otherRecruiter, list.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        preferences.set(otherRecruiter, mine, new ConsultantMarketingPreferences.Input(true, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void writes_needMarketingWrite_andInputIsValidated() {
        Caller analyst = new Caller(tenant, "u-analyst", Set.of(Role.Analyst), "trace-4");
        assertThatThrownBy(() -> hotLists.create(
                        analyst, new HotListInput("x", List.of(UUID.randomUUID()), null, null), Optional.empty()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        hotLists.create(recruiter, new HotListInput(" ", List.of(), null, null), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("/name", "/consultantIds"));
        assertThatThrownBy(() -> policy.put(
                        recruiter, new MarketingSettings.Input(true, null, null, null, 1), OptionalLong.empty()))
                .isInstanceOf(ForbiddenException.class);
    }
}
