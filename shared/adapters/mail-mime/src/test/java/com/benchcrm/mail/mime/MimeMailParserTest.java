package com.benchcrm.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.mail.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MimeMailParserTest {

    final MimeMailParser parser = new MimeMailParser();

    @Test
    void plainMail_headersTextAndSignatureSeparated() {
        ParsedMail m = parser.parse(Fixtures.mail("plain-requirement.eml"));

        assertThat(m.messageId()).isEqualTo("req-java-dallas-1@vendor-one.example.com");
        assertThat(m.subject()).startsWith("Requirement: Senior Java Developer");
        assertThat(m.from().email()).isEqualTo("jordan.vendor@vendor-one.example.com");
        assertThat(m.from().name()).isEqualTo("Jordan Vendor");
        assertThat(m.to()).extracting(a -> a.email()).containsExactly("acme@ingest.localhost");
        assertThat(m.date()).isNotNull();
        assertThat(m.newText()).contains("Role: Senior Java Developer").doesNotContain("Thanks & Regards");
        assertThat(m.signature()).startsWith("Thanks & Regards").contains("555-010-0101");
        assertThat(m.problems()).isEmpty();
        assertThat(m.htmlOnly()).isFalse();
    }

    @Test
    void htmlOnlyMail_quotedPrintableLatin1_becomesReadableTextWithBullets() {
        ParsedMail m = parser.parse(Fixtures.mail("html-only.eml"));

        assertThat(m.htmlOnly()).isTrue();
        assertThat(m.subject()).isEqualTo("Urgent: DevOps Engineer – Remote");
        assertThat(m.text())
                .contains("Job Title: DevOps Engineer\nLocation: Remote (US)")
                .contains("• Terraform and Ansible")
                .contains("Rate | $70/hr W2")
                .contains("Café")
                .doesNotContain("var x")
                .doesNotContain("color: red");
        assertThat(m.signature()).startsWith("Regards");
    }

    @Test
    void alternative_prefersPlain_decodesEncodedWordsAnd8BitUtf8Headers() {
        ParsedMail m = parser.parse(Fixtures.mail("alternative-qp.eml"));

        assertThat(m.from().name()).isEqualTo("Jörg Vendor");
        assertThat(m.subject()).isEqualTo("Data Engineer – Austin, TX");
        assertThat(m.newText())
                .startsWith("Position: Data Engineer – Spark and Python")
                .doesNotContain("<div>");
        assertThat(m.signature()).contains("Jörg");
    }

    @Test
    void inlineForward_vendorIsTheOriginalSender_contentIsTheForwardedMail() {
        ParsedMail m = parser.parse(Fixtures.mail("forward-inline.eml"));

        assertThat(m.forwarded()).hasSize(1);
        assertThat(m.vendor().email()).isEqualTo("morgan@prime-vendor.example.com");
        assertThat(m.forwarded().get(0).subject()).isEqualTo("Need .NET Core Developer in Charlotte, NC");
        assertThat(m.newText()).isEqualTo("FYI, please load this one.");
        assertThat(m.contentText()).contains("Role: .NET Core Developer").contains("Morgan Prime");
        assertThat(m.contentSubject()).isEqualTo("Need .NET Core Developer in Charlotte, NC");
    }

    @Test
    void rfc822Forward_isAForwardedMessageAndAnAttachmentRecord() {
        ParsedMail m = parser.parse(Fixtures.mail("forward-rfc822.eml"));

        assertThat(m.vendor().email()).isEqualTo("taylor@partner-four.example.com");
        assertThat(m.contentText()).contains("Title: Salesforce Administrator");
        assertThat(m.attachments()).extracting(a -> a.kind()).contains(AttachmentKind.MESSAGE);
    }

    @Test
    void reply_quotedOriginalIsNotPartOfNewText() {
        ParsedMail m = parser.parse(Fixtures.mail("reply.eml"));

        assertThat(m.newText()).isEqualTo("Thanks, got the profile. Will update you after the client review.");
        assertThat(m.header("in-reply-to")).isPresent();
    }

    @Test
    void autoReplyAndNewsletterHeaders_areKeptForClassification() {
        assertThat(parser.parse(Fixtures.mail("out-of-office.eml")).header("auto-submitted"))
                .contains("auto-replied");
        ParsedMail news = parser.parse(Fixtures.mail("newsletter.eml"));
        assertThat(news.header("list-unsubscribe")).isPresent();
        assertThat(news.header("precedence")).contains("bulk");
    }

    @Test
    void unknownCharset_decodedAsWindows1252_andReported() {
        ParsedMail m = parser.parse(Fixtures.mail("unknown-charset.eml"));

        assertThat(m.text()).contains("café and naïve");
        assertThat(m.problems()).anyMatch(p -> p.contains("unknown charset 'x-no-such-charset'"));
    }

    @Test
    void brokenBoundary_textStillRead_andReported() {
        ParsedMail m = parser.parse(Fixtures.mail("broken-boundary.eml"));

        assertThat(m.problems()).anyMatch(p -> p.contains("boundary"));
        assertThat(m.text()).contains("SAP FICO Consultant");
    }

    @Test
    void tnefAndZip_keptAsAttachmentRecords_notExpanded_andReported() {
        ParsedMail m = parser.parse(Fixtures.mail("tnef-and-zip.eml"));

        assertThat(m.attachments())
                .extracting(a -> a.kind())
                .containsExactly(AttachmentKind.TNEF, AttachmentKind.ARCHIVE);
        assertThat(m.attachments()).allMatch(a -> a.content() == null && a.sha256() != null);
        assertThat(m.problems()).anyMatch(p -> p.contains("TNEF")).anyMatch(p -> p.contains("archive"));
        assertThat(m.text()).contains("Network Engineer");
    }

    @Test
    void emptyMail_isAnEmptyParsedMailWithAProblem() {
        assertThat(parser.parse(new byte[0]).problems()).containsExactly("empty message: no headers and no body");
        assertThat(parser.parse("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).problems())
                .hasSize(1);
    }

    @Test
    void binaryGarbage_noTextAndAProblem_noException() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);

        ParsedMail m = parser.parse(garbage);

        assertThat(m.newText()).isEmpty();
        assertThat(m.problems()).anyMatch(p -> p.contains("binary") || p.contains("no mail headers"));
    }

    @Test
    void overTheSizeLimit_headersOnly() {
        MimeMailParser small = new MimeMailParser(new MimeMailParser.Limits(1000, 1000, 1000, 5));
        byte[] big = (new String(Fixtures.mail("plain-requirement.eml"), StandardCharsets.UTF_8) + "x".repeat(5000))
                .getBytes(StandardCharsets.UTF_8);

        ParsedMail m = small.parse(big);

        assertThat(m.subject()).startsWith("Requirement: Senior Java Developer");
        assertThat(m.text()).isEmpty();
        assertThat(m.problems()).anyMatch(p -> p.contains("byte limit"));
    }
}
