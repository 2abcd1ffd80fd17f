package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A line a mail client wrapped (at 72-78 characters) continues on the next; a line longer than any wrap width was
 * written as one, and the line after it is its own (anonymous mails written for this test).
 */
class WrappedLinesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement mail(String body) {
        return rules.extract(ExtractionInput.ofText(
                        "Job: Kubernetes Administrator\nLocation: Minneapolis, MN\nDuration: 12 Months\n\n" + body
                                + "\nThanks!\nMorgan Example\n"))
                .requirements()
                .get(0);
    }

    static boolean required(ExtractedRequirement r, String skill) {
        return r.skills().stream()
                .filter(s -> s.name().equals(skill))
                .findFirst()
                .map(ExtractedSkill::required)
                .orElseThrow(() -> new AssertionError(skill + " not found in " + r.skills()));
    }

    @Test
    void aLongListLine_isNotContinuedByTheLineAfterIt() {
        ExtractedRequirement r = mail("Must Have:\nRed Hat OpenShift 4.x, Kubernetes, Helm, ArgoCD, Prometheus/Grafana,"
                + " Linux (RHEL 8), Ansible, Terraform\nCKA certification preferred\n");

        // "preferred" on the next line was read as the list's: Terraform and RHEL became nice to have
        assertThat(required(r, "Terraform")).isTrue();
        assertThat(required(r, "Ansible")).isTrue();
        assertThat(required(r, "CKA")).isFalse();
    }

    @Test
    void aLineWrappedAtSeventyTwo_stillContinues() {
        String wrapped = "The consultant will support our platform team with day to day cluster\n"
                + "Terraform changes, which is nice to have.\n";
        assertThat(wrapped.indexOf('\n')).isBetween(55, 80);

        ExtractedRequirement r = mail(wrapped);

        // one sentence: its "nice to have" speaks of Terraform on the wrapped line
        assertThat(required(r, "Terraform")).isFalse();
    }

    @Test
    void aCompleteListAtWrapWidth_isNotContinuedByACapitalisedLine_butAListEndingInACommaIs() {
        // 68 characters, no comma at its end: the "a plus" of the next line made every item nice to have
        ExtractedRequirement r = mail("COBOL, JCL, DB2, CICS, VSAM, IMS DB/DC, Endevor, Xpediter, File-Aid\n"
                + "Exposure to mainframe modernization (Java, AWS) is a plus\n");
        assertThat(required(r, "COBOL")).isTrue();
        assertThat(required(r, "Endevor")).isTrue();
        assertThat(required(r, "AWS")).isFalse();

        ExtractedRequirement wrapped = mail("Helm, Terraform, Prometheus, Grafana, Ansible, Jenkins, GitLab CI,\n"
                + "Vault and Consul are a plus\n");
        assertThat(required(wrapped, "Vault")).isFalse();
    }

    @Test
    void onsiteFiveDaysAWeek_isOnsite_twoDaysIsHybrid() {
        ExtractedRequirement five = mail("Onsite 5 days/week\nSkills: Kubernetes, Helm\n");
        ExtractedRequirement two = mail("Onsite 2 days/week\nSkills: Kubernetes, Helm\n");
        assertThat(five.workMode().value()).isEqualTo(com.benchcrm.requirement.WorkMode.ONSITE);
        assertThat(two.workMode().value()).isEqualTo(com.benchcrm.requirement.WorkMode.HYBRID);
    }
}
