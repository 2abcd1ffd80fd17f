package com.benchcrm.function.emailingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.documents.text.TestDocuments;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.ingest.Channel;
import com.benchcrm.ingest.InboundMail;
import com.benchcrm.ingest.IngestOutcome;
import com.benchcrm.ingest.IngestReport;
import com.benchcrm.ingest.MailDelivery;
import com.benchcrm.ingest.MailKind;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inbox use case on a real PostgreSQL: dedupe across vendors with provenance, idempotent
 * re-sends, hot lists, resumes, and a recorded outcome for every kind of bad input.
 */
class InboxIngestIT {

    static IngestTestStack stack;
    static EmailIngestComponents components;

    @BeforeAll
    static void setUp() {
        stack = IngestTestStack.get();
        components = EmailIngestComponents.create(
                stack.config(), stack.app, stack.blobs, stack.dlq, new DeterministicExtractor(Clock.systemUTC()));
    }

    static IngestReport ingest(IngestTestStack.TestTenant t, byte[] raw, String name) {
        Caller caller = new Caller(t.id(), MailDelivery.ACTOR, Set.of(Role.Recruiter), "it-" + name);
        String key = "raw/" + t.slug() + "/" + name;
        stack.blobs.put(key, raw);
        return components.inbox().ingest(caller, new InboundMail(raw, key, Channel.API, Instant.now()));
    }

    static byte[] vendorCopy(String from, String messageId, String... replacements) {
        String mail = new String(Samples.mail("plain-requirement.eml"), StandardCharsets.UTF_8)
                .replace("Jordan Vendor <jordan.vendor@vendor-one.example.com>", from)
                .replace("req-java-dallas-1@vendor-one.example.com", messageId);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            mail = mail.replace(replacements[i], replacements[i + 1]);
        }
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameRequirementFromThreeVendors_isOneRequirementWithThreeSources() {
        IngestTestStack.TestTenant t = stack.newTenant("dedupe");

        IngestReport a = ingest(t, vendorCopy("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "a@v1"), "v1");
        IngestReport b = ingest(
                t,
                vendorCopy(
                        "Sam Second <sam@vendor-two.example.com>",
                        "b@v2",
                        "Role: Senior Java Developer",
                        "Role: Sr. Java Developer",
                        "Dallas, TX",
                        "Dallas, Texas"),
                "v2");
        IngestReport c = ingest(
                t,
                vendorCopy(
                        "Lee Third <lee@vendor-three.example.com>",
                        "c@v3",
                        "Rate: $65/hr on C2C",
                        "Rate: $70/hr on C2C"),
                "v3");

        assertThat(a.outcome()).isEqualTo(IngestOutcome.IMPORTED);
        assertThat(b.outcome()).isEqualTo(IngestOutcome.MERGED);
        assertThat(c.outcome()).isEqualTo(IngestOutcome.MERGED);
        assertThat(c.requirements()).singleElement().satisfies(r -> {
            assertThat(r.created()).isFalse();
            assertThat(r.sourceAdded()).isTrue();
            assertThat(r.sources()).isEqualTo(3);
            assertThat(r.id()).isEqualTo(a.requirements().get(0).id());
        });
        assertThat(stack.query(t, "select id from requirement where tenant_id = :tenant"))
                .hasSize(1);
        assertThat(stack.query(
                        t,
                        "select vendor_email from requirement_source where tenant_id = :tenant order by received_at"))
                .extracting(r -> r.string("vendor_email"))
                .containsExactlyInAnyOrder(
                        "jordan.vendor@vendor-one.example.com",
                        "sam@vendor-two.example.com",
                        "lee@vendor-three.example.com");
        assertThat(stack.query(
                        t, "select id from outbox where tenant_id = :tenant and event_type = 'RequirementImported'"))
                .hasSize(1);
        assertThat(
                        stack.query(
                                t,
                                "select action from audit_log where tenant_id = :tenant and action = 'requirement.source-added'"))
                .hasSize(2);
    }

    @Test
    void exactResend_isIdempotent_andTheSameVendorAgainAddsNoSource() {
        IngestTestStack.TestTenant t = stack.newTenant("resend");
        byte[] raw = vendorCopy("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "r1@v1");

        IngestReport first = ingest(t, raw, "first");
        IngestReport again = ingest(t, raw, "again");
        IngestReport newId =
                ingest(t, vendorCopy("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "r2@v1"), "new-id");

        assertThat(again.replayed()).isTrue();
        assertThat(again.inboundMessageId()).isEqualTo(first.inboundMessageId());
        assertThat(newId.outcome()).isEqualTo(IngestOutcome.MERGED);
        assertThat(newId.requirements().get(0).sourceAdded()).isFalse();
        assertThat(stack.query(t, "select id from requirement_source where tenant_id = :tenant"))
                .hasSize(1);
        assertThat(stack.query(t, "select id from inbound_message where tenant_id = :tenant"))
                .hasSize(2);
    }

    @Test
    void differentPlaces_areDifferentRequirements() {
        IngestTestStack.TestTenant t = stack.newTenant("places");

        ingest(t, vendorCopy("Jordan Vendor <jordan.vendor@vendor-one.example.com>", "p1@v1"), "dallas");
        ingest(
                t,
                vendorCopy("Sam Second <sam@vendor-two.example.com>", "p2@v2", "Dallas, TX", "Chicago, IL"),
                "chicago");

        assertThat(stack.query(t, "select city from requirement where tenant_id = :tenant order by city"))
                .extracting(r -> r.string("city"))
                .containsExactly("Chicago", "Dallas");
    }

    @Test
    void hotList_threeRequirementsFromOneMail() {
        IngestTestStack.TestTenant t = stack.newTenant("hot");

        IngestReport r = ingest(t, Samples.mail("hot-list.eml"), "hot");

        assertThat(r.kind()).isEqualTo(MailKind.REQUIREMENT);
        assertThat(r.requirements())
                .extracting(x -> x.title())
                .containsExactly("Python Developer", "QA Automation Engineer", "Business Analyst");
        assertThat(stack.query(
                        t, "select id from outbox where tenant_id = :tenant and event_type = 'RequirementImported'"))
                .hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "out-of-office.eml, AUTO_REPLY, FILED",
        "newsletter.eml, NEWSLETTER, FILED",
        "reply.eml, REPLY, FILED",
        "broken-boundary.eml, REQUIREMENT, IMPORTED",
        "unknown-charset.eml, REQUIREMENT, IMPORTED",
        "tnef-and-zip.eml, REQUIREMENT, IMPORTED",
        "injection.eml, REQUIREMENT, IMPORTED"
    })
    void sampleMails_eachGetsARecordedOutcome(String mail, MailKind kind, IngestOutcome outcome) {
        IngestTestStack.TestTenant t = stack.newTenant("kind");

        IngestReport r = ingest(t, Samples.mail(mail), mail);

        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.reason()).isNotBlank();
        List<Row> rows = stack.query(t, "select kind, outcome, reason from inbound_message where tenant_id = :tenant");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.string("kind")).isEqualTo(kind.name());
            assertThat(row.string("outcome")).isEqualTo(outcome.name());
        });
    }

    @Test
    void attachmentsWithoutText_areRecorded_tnefAndZipNotExpanded() {
        IngestTestStack.TestTenant t = stack.newTenant("att");

        IngestReport r = ingest(t, Samples.mail("tnef-and-zip.eml"), "att");

        assertThat(r.problems()).anyMatch(p -> p.contains("TNEF")).anyMatch(p -> p.contains("archive"));
        assertThat(stack.query(t, "select kind from attachment where tenant_id = :tenant order by kind"))
                .extracting(x -> x.string("kind"))
                .containsExactly("ARCHIVE", "TNEF");
    }

    @Test
    void badInput_emptyGarbageAndThirtyMegabytes_rejectedWithAReason_neverACrash() {
        IngestTestStack.TestTenant t = stack.newTenant("bad");
        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        byte[] huge = new byte[30 * 1024 * 1024];
        byte[] head = "From: big@vendor.example.com\r\nSubject: huge\r\nMessage-ID: <huge@x>\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, huge, 0, head.length);
        java.util.Arrays.fill(huge, head.length, huge.length, (byte) 'a');

        IngestReport empty = ingest(t, new byte[0], "empty");
        IngestReport junk = ingest(t, garbage, "garbage");
        IngestReport big = ingest(t, huge, "huge");

        assertThat(empty.kind()).isEqualTo(MailKind.EMPTY);
        assertThat(empty.outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(junk.kind()).isIn(MailKind.UNREADABLE, MailKind.EMPTY);
        assertThat(junk.outcome()).isEqualTo(IngestOutcome.REJECTED);
        assertThat(big.kind()).isEqualTo(MailKind.TOO_LARGE);
        assertThat(big.reason()).contains("byte limit");
        assertThat(stack.query(
                        t, "select size_bytes from inbound_message where tenant_id = :tenant and kind = 'TOO_LARGE'"))
                .singleElement()
                .satisfies(row -> assertThat(row.longValue("size_bytes")).isEqualTo(30L * 1024 * 1024));
    }

    @Test
    void resumeAttached_createsTheConsultant_aSecondMailUpdatesIt() {
        IngestTestStack.TestTenant t = stack.newTenant("cv");
        byte[] docx = TestDocuments.docx(List.of(
                "Riley Candidate",
                "Senior Data Engineer",
                "riley.candidate@example.com | 555-010-0150",
                "Location: Austin, TX",
                "Work Authorization: H1B",
                "8 years of experience",
                "Skills: Python, PySpark, Snowflake, Airflow"));

        IngestReport first = ingest(t, resumeMail("cv-1@v", "Profile for your Data Engineer role", docx), "cv1");
        IngestReport second = ingest(t, resumeMail("cv-2@v", "Updated resume", docx), "cv2");

        assertThat(first.kind()).isEqualTo(MailKind.RESUME);
        assertThat(first.outcome()).isEqualTo(IngestOutcome.IMPORTED);
        assertThat(first.consultants()).hasSize(1);
        assertThat(second.consultants()).containsExactlyElementsOf(first.consultants());
        assertThat(stack.query(
                        t,
                        "select full_name, email, state, work_authorization from consultant where tenant_id = :tenant"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.string("full_name")).isEqualTo("Riley Candidate");
                    assertThat(row.string("email")).isEqualTo("riley.candidate@example.com");
                    assertThat(row.string("state")).isEqualTo("TX");
                    assertThat(row.string("work_authorization")).isEqualTo("H1B");
                });
        assertThat(stack.query(t, "select skill_key from consultant_skill where tenant_id = :tenant"))
                .extracting(r -> r.string("skill_key"))
                .contains("python", "spark", "snowflake", "airflow");
        assertThat(stack.query(t, "select consultant_id from attachment where tenant_id = :tenant"))
                .hasSize(2)
                .allMatch(r -> !r.isNull("consultant_id"));
    }

    static byte[] resumeMail(String messageId, String subject, byte[] docx) {
        String b64 = Base64.getMimeEncoder().encodeToString(docx);
        return ("From: Casey Vendor <casey@bench-vendor.example.com>\r\nTo: acme@ingest.example.com\r\nSubject: "
                        + subject
                        + "\r\nMessage-ID: <" + messageId
                        + ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
                        + "--B\r\nContent-Type: text/plain\r\n\r\nPlease find the resume attached.\r\n"
                        + "--B\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"Riley_Resume.docx\"\r\n"
                        + "Content-Disposition: attachment; filename=\"Riley_Resume.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + b64 + "\r\n--B--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
