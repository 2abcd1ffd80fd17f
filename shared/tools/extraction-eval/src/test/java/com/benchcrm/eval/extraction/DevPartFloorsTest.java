package com.benchcrm.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.AiGateway;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Floors on the development parts of the evaluation sets: the rules were tuned on these parts, so
 * a change that breaks a layout they handle shows here. The floors sit a little under what the rules
 * score today; the measuring parts are never asserted on (they are only reported, by
 * {@code shared/tools/benchmarks/run extraction-eval}). Sets built from {@code ../shared/data} skip,
 * with a message, where it is absent.
 */
class DevPartFloorsTest {

    static final AiGateway RULES = ExtractionEval.rules();

    static Path data() {
        return MailSets.dataDir(Path.of(System.getProperty("benchcrm.repo.root", "../../.."))
                .toAbsolutePath()
                .normalize());
    }

    static FieldScores devScores(String set, List<LabelledMail> mails) {
        FieldScores s = ExtractionEval.scoreMails(
                        set, mails.stream().filter(m -> m.part() == Part.DEV).toList(), RULES)
                .byPart()
                .get(Part.DEV);
        System.out.println(set + " (development part):\n" + s.table());
        return s;
    }

    static void floors(FieldScores s, Map<String, Double> floors) {
        floors.forEach((field, floor) ->
                assertThat(s.f1(field)).as(field + " F1\n" + s.table()).isGreaterThanOrEqualTo(floor));
    }

    @Test
    void anonymousMails_digestsChainsAndExclusions_meetTheFloors() {
        FieldScores s = devScores("anon", MailSets.anon());

        floors(
                s,
                Map.of(
                        "requirements",
                        0.95,
                        "title",
                        0.95,
                        "skills",
                        0.85,
                        "location",
                        0.9,
                        "visa",
                        0.9,
                        "visaExcluded",
                        0.9,
                        "duration",
                        0.9,
                        "employmentType",
                        0.9,
                        "rate",
                        0.9,
                        "vendorContact",
                        0.9));
    }

    @Test
    void diceAndNycPostingsAsVendorMail_meetTheFloors() {
        Path data = data();
        Assumptions.assumeTrue(data != null, "skipped: ../shared/data is absent (NYC and Dice postings)");
        FieldScores dice = devScores("dice", MailSets.dice(data, MailSets.DICE_SAMPLE));
        FieldScores nyc = devScores("nyc", MailSets.nyc(data));

        floors(
                dice,
                Map.ofEntries(
                        Map.entry("requirements", 0.97),
                        Map.entry("title", 0.95),
                        Map.entry("skills", 0.9),
                        Map.entry("location", 0.95),
                        Map.entry("workMode", 0.9),
                        Map.entry("visa", 0.95),
                        Map.entry("visaExcluded", 0.95),
                        Map.entry("duration", 0.95),
                        Map.entry("longTerm", 0.95),
                        Map.entry("years", 0.9),
                        Map.entry("interview", 0.95),
                        Map.entry("client", 0.95),
                        Map.entry("implementationPartner", 0.95),
                        Map.entry("employmentType", 0.95),
                        Map.entry("rate", 0.95),
                        Map.entry("vendorCompany", 0.95),
                        Map.entry("vendorContact", 0.95),
                        Map.entry("vendorPhone", 0.95)));
        floors(
                nyc,
                Map.of("title", 0.9, "location", 0.95, "employmentType", 0.95, "rate", 0.95, "vendorContact", 0.95));
        // a digest is never read as one requirement: every labelled requirement is found
        assertThat(dice.count("requirements").fn())
                .as("requirements missed in digests")
                .isLessThanOrEqualTo(4);
    }

    @Test
    void theTenRealRequirementMails_meetTheIssueTargets_andInventNoVisa() {
        Path data = data();
        Assumptions.assumeTrue(data != null, "skipped: ../shared/data/email/requirements-dev is absent");
        FieldScores s = devScores("requirements-dev", MailSets.requirementsDev(data));

        floors(s, Map.of("title", 0.9, "skills", 0.9, "location", 0.9, "duration", 0.9, "years", 0.9, "workMode", 0.9));
        assertThat(s.count("visa").fp())
                .as("no mail of the set states a visa: none may be invented")
                .isZero();
    }

    @Test
    void resumes_realLayouts_meetTheFloors() {
        ResumeScores anon = resumeDev("anon", ResumeSets.anon());
        for (String field : List.of("title", "years", "location", "workAuthorization")) {
            assertThat(anon.count(field).f1())
                    .as("anon " + field + "\n" + anon.table())
                    .isGreaterThanOrEqualTo(0.8);
        }
        assertThat(anon.count("skills").f1()).as("anon skills\n" + anon.table()).isGreaterThanOrEqualTo(0.85);
        assertThat(anon.count("skillYears").f1())
                .as("anon skillYears\n" + anon.table())
                .isGreaterThanOrEqualTo(0.8);

        Path data = data();
        Assumptions.assumeTrue(data != null, "skipped: ../shared/data/resumes is absent");
        ResumeScores dt = resumeDev("dataturks", ResumeSets.dataturks(data));
        assertThat(dt.count("location").f1())
                .as("dataturks location\n" + dt.table())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(dt.count("skillYears").f1())
                .as("dataturks skillYears\n" + dt.table())
                .isGreaterThanOrEqualTo(0.8);
        assertThat(dt.count("skills").recall())
                .as("dataturks skills recall\n" + dt.table())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(dt.count("title").f1()).as("dataturks title\n" + dt.table()).isGreaterThanOrEqualTo(0.5);
        assertThat(dt.count("yearsOrCounted").f1())
                .as("dataturks years stated, else counted from dated positions\n" + dt.table())
                .isGreaterThanOrEqualTo(0.8);
    }

    static ResumeScores resumeDev(String set, List<LabelledResume> resumes) {
        ResumeScores s = ExtractionEval.scoreResumes(
                        set, resumes.stream().filter(r -> r.part() == Part.DEV).toList(), RULES)
                .byPart()
                .get(Part.DEV);
        System.out.println(set + " resumes (development part):\n" + s.table());
        return s;
    }
}
