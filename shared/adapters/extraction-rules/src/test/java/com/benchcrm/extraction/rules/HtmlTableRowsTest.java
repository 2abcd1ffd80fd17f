package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.mail.mime.MimeMailParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * An HTML-only vendor mail whose fields are the rows of a two-column table ("Job Title | Senior Data Engineer"), as
 * job-blast tools send them: an anonymous mail written for this project, through the real MIME parser.
 */
class HtmlTableRowsTest {

    static final String MAIL = """
            From: "Jordan Example" <jordan@examplevendor.com>
            To: demo@ingest.localhost
            Subject: Job Opening: Senior Data Engineer
            MIME-Version: 1.0
            Content-Type: text/html; charset="utf-8"

            <html><body><p>Hi Partner,</p><p>Please review the job description below.</p>
            <table border="1">
            <tr><td><b>Job Title</b></td><td>Senior Data Engineer</td></tr>
            <tr><td><b>Location</b></td><td>Houston, TX (Hybrid &ndash; 3 days onsite)</td></tr>
            <tr><td><b>Duration</b></td><td>12+ Months</td></tr>
            <tr><td><b>Client</b></td><td>Example Energy (via Sample Consulting)</td></tr>
            <tr><td><b>Rate</b></td><td>$70/hr C2C</td></tr>
            <tr><td><b>Visa</b></td><td>USC, GC, H4 EAD (No OPT/CPT)</td></tr>
            <tr><td><b>Required Skills</b></td><td>Python, PySpark, Databricks, SQL</td></tr>
            <tr><td><b>Nice to have</b></td><td>Power BI</td></tr>
            </table>
            <p>Thanks &amp; Regards,<br>Jordan Example<br>Senior Technical Recruiter | Example Vendor Solutions Inc.</p>
            </body></html>
            """;

    @Test
    void theRowsOfATwoColumnTable_areLabels() {
        var mail = new MimeMailParser(new MimeMailParser.Limits(2_000_000, 1_000_000, 100_000, 12))
                .parse(MAIL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        var found = new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC))
                .extract(ExtractionInput.ofMail(mail))
                .requirements();
        assertThat(found).hasSize(1);
        ExtractedRequirement r = found.get(0);
        assertThat(r.title().value()).isEqualTo("Senior Data Engineer");
        assertThat(r.locations()).singleElement().matches(l -> "Houston".equals(l.city()));
        assertThat(r.client().value()).isEqualTo("Example Energy");
        assertThat(r.implementationPartner().value()).isEqualTo("Sample Consulting");
        assertThat(r.visa().accepted())
                .containsExactlyInAnyOrder(
                        WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD, WorkAuthorization.H4_EAD);
        assertThat(r.skills())
                .filteredOn(s -> !s.required())
                .extracting(s -> s.name())
                .containsExactly("Power BI");
        // a row of three cells is no label row: "Java Developer | Dallas, TX | 12 months" stays a digest row
        assertThat(Labels.find(Text.lines("Rate | $70/hr | C2C"))).isEmpty();
    }
}
