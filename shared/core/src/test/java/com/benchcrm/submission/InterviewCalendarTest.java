package com.benchcrm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterviewCalendarTest {

    static Interview interview(String location, InterviewOutcome outcome, long version) {
        return new Interview(
                UUID.fromString("0193f7a5-1000-7000-8000-0000000000aa"),
                UUID.randomUUID(),
                2,
                Instant.parse("2026-12-10T16:30:00Z"),
                "America/Chicago",
                45,
                InterviewMode.VIDEO,
                "Dana Lee, Engineering Manager",
                location,
                outcome,
                null,
                version,
                "u",
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void render_isAVCalendarWithCrlfLines_utcTimes_stableUid_andTheVersionAsSequence() {
        String ics = InterviewCalendar.render(
                new InterviewCalendar.Entry(
                        interview("Zoom", InterviewOutcome.SCHEDULED, 3),
                        "Avery Example",
                        "Java Developer",
                        "Acme Bank",
                        "Vendor One"),
                Instant.parse("2026-12-02T08:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics)
                .contains(
                        "UID:0193f7a5-1000-7000-8000-0000000000aa@benchcrm.dev\r\n",
                        "DTSTART:20261210T163000Z\r\n",
                        "DTEND:20261210T171500Z\r\n",
                        "DTSTAMP:20261202T080000Z\r\n",
                        "SEQUENCE:2\r\n",
                        "STATUS:CONFIRMED\r\n",
                        "LOCATION:Zoom\r\n");
        assertThat(unfold(ics))
                .contains(
                        "SUMMARY:Interview round 2: Avery Example for Java Developer at Acme Bank",
                        "Scheduled for 2026-12-10T10:30 America/Chicago",
                        "Interviewer: Dana Lee\\, Engineering Manager");
    }

    @Test
    void text_escapesBackslashSemicolonCommaAndNewlines_dropsControlCharacters() {
        assertThat(InterviewCalendar.text("a\\b;c,d\ne\r\nf\u0007g")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nfg");
    }

    @Test
    void longLines_areFoldedAt75Octets_neverInsideAUtf8Character() {
        String location =
                "Büro Zürich, Löwenstraße 1 — Sitzungszimmer «Grünes Zimmer», 3. Stock, Eingang über den Innenhof";
        String ics = InterviewCalendar.render(
                new InterviewCalendar.Entry(
                        interview(location, InterviewOutcome.CANCELLED, 1),
                        "Zoë Ünal",
                        "Ingénieur Données",
                        null,
                        null),
                Instant.parse("2026-12-02T08:00:00Z"));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(unfold(ics))
                .contains("LOCATION:" + InterviewCalendar.text(location))
                .contains("STATUS:CANCELLED");
        assertThat(ics).doesNotContain("\uFFFD");
    }

    private static String unfold(String ics) {
        return String.join("\n", Arrays.asList(ics.replace("\r\n ", "").split("\r\n")));
    }
}
