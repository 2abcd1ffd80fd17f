package com.benchcrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A resume that states no total years gets the years of its dated positions, counted on the import's day (ADR
 * 0121); a stated total is the candidate's claim and stays.
 */
class ResumeImportYearsTest {

    final Clock clock = new TickingClock(Instant.parse("2026-12-01T09:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final Ids ids = new Ids(clock);
    final Consultants consultants = new Consultants(
            db.transactions(),
            db.consultants(),
            new AuditLog(db.transactions(), db.audit(), ids, clock),
            new Outbox(db.outbox(), ids, clock),
            new Idempotency(db.idempotency(), clock),
            ids,
            clock);
    final ResumeImport resumes = new ResumeImport(
            consultants,
            (bytes, kind) -> new String(bytes, StandardCharsets.UTF_8),
            new DeterministicExtractor(clock),
            null,
            null,
            clock);
    final Caller recruiter =
            new Caller(new TenantId(UUID.randomUUID()), "u-recruiter", Set.of(Role.Recruiter), "trace-ui");

    private ResumeImport.Result importText(String text) {
        return resumes.importResume(recruiter, text.getBytes(StandardCharsets.UTF_8), AttachmentKind.TEXT, "cv.txt");
    }

    @Test
    void noStatedTotal_theDatedPositionsAreCounted_andTheExtractionSaysSo() {
        ResumeImport.Result r = importText("""
                Jordan Sample
                QA Analyst - Example Bank
                jordan.sample@example.com

                WORK EXPERIENCE
                QA Analyst
                Example Bank - Dallas, TX -
                March 2022 to Present
                Test Engineer
                Sample Systems -
                June 2019 to February 2022

                EDUCATION
                Bachelor of Engineering, Sample University, 2015 to 2019
                """);

        // Jun 2019 - Dec 2026 without a gap: 91 months
        assertThat(r.consultant().yearsExperience()).isEqualByComparingTo(new BigDecimal("7.6"));
        assertThat(r.extraction().yearsExperience().source()).isEqualTo("March 2022 to Present");
        assertThat(r.extraction().notes())
                .anyMatch(n -> n.startsWith("no total years stated: 7.6 counted from 2 dated positions"));
    }

    @Test
    void aStatedTotal_staysTheConsultantsYears() {
        ResumeImport.Result r = importText("""
                Riley Sample
                Java Developer
                riley.sample@example.com
                Summary: 10 years of experience in Java and Spring.

                WORK EXPERIENCE
                Java Developer, Example Corp, Jan 2020 - Present
                """);

        assertThat(r.consultant().yearsExperience()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(r.extraction().notes()).noneMatch(n -> n.startsWith("no total years stated"));
    }

    @Test
    void noDatesAndNoTotal_noYears() {
        ResumeImport.Result r = importText("""
                Casey Sample
                Data Engineer
                casey.sample@example.com
                SKILLS
                Python, Spark, Airflow
                """);

        assertThat(r.consultant().yearsExperience()).isNull();
    }
}
