package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A greeting names the reader ("Hi Partner"), never the job; "Dev" is a role word (anonymous examples). */
class GreetingTitleTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String subject, String body) {
        var r = rules.extract(new ExtractionInput(subject, body, null, null));
        assertThat(r.requirements()).hasSize(1);
        return r.requirements().get(0);
    }

    static final String BODY = "Hi Partner,\n\nPlease go through the requirement and share profiles.\n\n"
            + "Must have 8+ years of experience.\n\nThanks & Regards,\nPat Placeholder\nExample Staffing LLC\n";

    @Test
    void subjectWithAnAbbreviatedRole_isTheTitle_notTheGreeting() {
        ExtractedRequirement r = only("Need: Sr. Java Dev - Remote", BODY);

        assertThat(r.title().value()).isEqualTo("Sr. Java Dev");
        assertThat(r.title().value()).doesNotContain("Partner");
    }

    @Test
    void noRoleAnywhere_greetingIsStillNotATitle() {
        var r = rules.extract(new ExtractionInput(
                "Profiles needed today", BODY.replace("Hi Partner", "Hello Team Lead"), null, null));

        assertThat(r.requirements())
                .noneMatch(q -> q.title() != null && q.title().value().startsWith("Hello"));
    }
}
