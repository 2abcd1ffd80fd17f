package com.benchcrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryInboundMessageRepository;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox use case against the in-memory repositories, with the real MIME parser and rules
 * extractor on the anonymous sample mails of {@code events/email-ingest/mail}: every message gets a
 * recorded outcome; dedupe, re-sends and a failure half way leave the store as they should.
 */
class InboxIngestTest {

    static final Path MAIL =
            Path.of(System.getProperty("benchcrm.repo.root", "../../..")).resolve("events/email-ingest/mail");

    final Clock clock = new TickingClock(Instant.parse("2026-11-22T08:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
    final Outbox outbox = new Outbox(db.outbox(), ids, clock);
    final Idempotency idempotency = new Idempotency(db.idempotency(), clock);
    final Requirements requirements =
            new Requirements(db.transactions(), db.requirements(), audit, outbox, idempotency, ids, clock);
    final Consultants consultants =
            new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock);
    final DeterministicExtractor ai = new DeterministicExtractor(clock);
    final ResumeImport resumes =
            new ResumeImport(consultants, (bytes, kind) -> new String(bytes, StandardCharsets.UTF_8), ai);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final Caller caller = new Caller(tenant, MailDelivery.ACTOR, Set.of(Role.Recruiter), "trace-ingest");

    InboxIngest inbox(InboundMessageRepository messages) {
        return new InboxIngest(
                db.transactions(), messages, new MimeMailParser(), ai, requirements, resumes, ids, clock);
    }

    final InboxIngest inbox = inbox(db.inboundMessages());

    static byte[] mail(String name) {
        try {
            return Files.readAllBytes(MAIL.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fromVendor(String from, String messageId) {
        return new String(mail("plain-requirement.eml"), StandardCharsets.UTF_8)
                .replace("Jordan Vendor <jordan.vendor@vendor-one.example.com>", from)
                .replace("req-java-dallas-1@vendor-one.example.com", messageId)
                .getBytes(StandardCharsets.UTF_8);
    }

    IngestReport ingest(byte[] raw) {
        return inbox.ingest(caller, new InboundMail(raw, "raw/acme/" + UUID.randomUUID(), Channel.API, null));
    }

    List<InMemoryInboundMessageRepository.Stored> messages() {
        return db.transactions()
                .inTenant(tenant, (Tx tx) -> db.inboundMessages().all(tx));
    }

    List<Requirement> allRequirements() {
        return db.transactions().inTenant(tenant, (Tx tx) -> db.requirements().list(tx, Optional.empty(), 100));
    }

    @Test
    void aRequirementMail_isImported_andTheMessageRecordedWithItsOutcomeAndReport() {
        IngestReport r = ingest(mail("plain-requirement.eml"));

        assertThat(r.kind()).isEqualTo(MailKind.REQUIREMENT);
        assertThat(r.outcome()).isEqualTo(IngestOutcome.IMPORTED);
        assertThat(r.requirements())
                .singleElement()
                .satisfies(x -> assertThat(x.created()).isTrue());
        assertThat(messages()).singleElement().satisfies(m -> {
            assertThat(m.outcome()).isEqualTo(IngestOutcome.IMPORTED);
            assertThat(m.report()).isEqualTo(r);
            assertThat(m.requirementIds())
                    .containsExactly(r.requirements().get(0).id());
            assertThat(m.extraction()).containsEntry("engine", r.engine());
            assertThat(m.message().traceId()).isEqualTo("trace-ingest");
        });
        assertThat(requirements.sources(caller, r.requirements().get(0).id()))
                .singleElement()
                .satisfies(s -> assertThat(s.inboundMessageId()).isEqualTo(r.inboundMessageId()));
    }

    @Test
    void aParsedMailListener_hearsEachNewMailOnce_andItsFailureDoesNotStopTheIngest() {
        List<String> heard = new java.util.ArrayList<>();
        InboxIngest listening = inbox(db.inboundMessages()).withListener((c, parsed, at) -> {
            heard.add(parsed.messageId());
            throw new IllegalStateException("listener down");
        });
        byte[] raw = fromVendor("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "reply-1@v1");

        IngestReport first = listening.ingest(caller, new InboundMail(raw, "raw/acme/r1", Channel.API, null));
        IngestReport again = listening.ingest(caller, new InboundMail(raw, "raw/acme/r2", Channel.API, null));

        assertThat(heard).containsExactly("reply-1@v1");
        assertThat(first.outcome()).isEqualTo(IngestOutcome.IMPORTED);
        assertThat(again.replayed()).isTrue();
        assertThat(allRequirements()).hasSize(1);
    }

    @Test
    void theSameBytesAgain_replaysTheFirstReport_andWritesNothing() {
        byte[] raw = fromVendor("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "x1@v1");
        IngestReport first = ingest(raw);

        IngestReport again = ingest(raw);

        assertThat(again.replayed()).isTrue();
        assertThat(again.inboundMessageId()).isEqualTo(first.inboundMessageId());
        assertThat(messages()).hasSize(1);
        assertThat(allRequirements()).hasSize(1);
    }

    @Test
    void theSameRequirementFromASecondVendor_isMerged() {
        IngestReport first = ingest(fromVendor("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "m1@v1"));

        IngestReport second = ingest(fromVendor("Sam Second <sam@vendor-two.example.com>", "m2@v2"));

        assertThat(second.outcome()).isEqualTo(IngestOutcome.MERGED);
        assertThat(second.requirements()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo(first.requirements().get(0).id());
            assertThat(x.sources()).isEqualTo(2);
        });
        assertThat(allRequirements()).hasSize(1);
        assertThat(messages())
                .extracting(InMemoryInboundMessageRepository.Stored::outcome)
                .containsExactly(IngestOutcome.IMPORTED, IngestOutcome.MERGED);
    }

    @Test
    void aNewsletter_isFiled_andAnEmptyMessageRejected_eachWithAReason() {
        IngestReport newsletter = ingest(mail("newsletter.eml"));
        IngestReport empty = ingest(new byte[0]);

        assertThat(newsletter.outcome()).isEqualTo(IngestOutcome.FILED);
        assertThat(newsletter.kind()).isEqualTo(MailKind.NEWSLETTER);
        assertThat(empty.outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(empty.reason()).isNotBlank();
        assertThat(messages()).hasSize(2).allSatisfy(m -> assertThat(m.reason()).isNotBlank());
        assertThat(allRequirements()).isEmpty();
    }

    @Test
    void aFailureWhileRecording_leavesNoMessageNoRequirementNoEvent() {
        InboundMessageRepository failing = new InboundMessageRepository() {
            @Override
            public Optional<IngestReport> reportByRawSha256(Tx tx, String sha256) {
                return db.inboundMessages().reportByRawSha256(tx, sha256);
            }

            @Override
            public Optional<IngestReport> reportByMessageId(Tx tx, String messageId) {
                return db.inboundMessages().reportByMessageId(tx, messageId);
            }

            @Override
            public void insert(Tx tx, NewMessage message) {
                db.inboundMessages().insert(tx, message);
            }

            @Override
            public void insertAttachment(Tx tx, NewAttachment attachment) {
                db.inboundMessages().insertAttachment(tx, attachment);
            }

            @Override
            public void complete(
                    Tx tx,
                    UUID id,
                    IngestOutcome outcome,
                    String reason,
                    Map<String, Object> extraction,
                    IngestReport report,
                    List<UUID> requirementIds,
                    List<UUID> consultantIds) {
                throw new IllegalStateException("the database went away");
            }
        };

        assertThatThrownBy(() -> inbox(failing)
                        .ingest(caller, new InboundMail(mail("hot-list.eml"), "raw/acme/hot", Channel.SES, null)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(messages()).isEmpty();
        assertThat(allRequirements()).isEmpty();
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx)))
                .isEmpty();
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.audit().all(tx)))
                .isEmpty();
    }

    @Test
    void aHotList_importsEachRequirementInOneTransaction() {
        IngestReport r = ingest(mail("hot-list.eml"));

        assertThat(r.requirements()).hasSize(3);
        assertThat(allRequirements()).hasSize(3);
        assertThat(db.transactions().inTenant(tenant, (Tx tx) -> db.outbox().all(tx)))
                .extracting(e -> e.event().eventType())
                .containsOnly("RequirementImported")
                .hasSize(3);
    }

    @Test
    void aForwardWithASignedOffNote_importsTheForwardedRequirement() {
        // a recruiter forwards a vendor's mail to the ingest address with a short note and a sign-off: the sign-off
        // ends the note, not the forwarded mail (it had made the whole forward a signature: nothing imported)
        String raw = """
                From: Dana Recruiter <dana@our-firm.example.com>
                To: ingest@acme.example.com
                Subject: FW: Immediate need - Oracle DBA - Phoenix, AZ
                Message-ID: <fw-dba-1@our-firm.example.com>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Please see below and send me candidates today.

                Thanks,
                Dana

                ---------- Forwarded message ---------
                From: Jamie Vendor <jamie@sample-vendor.example.com>
                Date: Mon, Dec 7, 2026 at 9:12 AM
                Subject: Immediate need - Oracle DBA - Phoenix, AZ

                Hi Dana,

                Role: Oracle DBA
                Location: Phoenix, AZ - Onsite
                Duration: 24 months
                Visa: USC, GC only

                Need 10+ years as Oracle DBA with Exadata, RAC and Data Guard.

                Jamie Vendor
                Account Manager | Sample Vendor Corp
                """.replace("\n", "\r\n");

        IngestReport r = ingest(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(r.outcome()).isEqualTo(IngestOutcome.IMPORTED);
        assertThat(allRequirements()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Oracle DBA");
            assertThat(q.skills()).extracting(s -> s.name()).contains("Oracle Database", "Oracle Exadata");
        });
    }
}
