package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ResumeExtraction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeRulesTest {

    static String resume(String name) throws Exception {
        try (InputStream in = ResumeRulesTest.class.getResourceAsStream("/resumes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void plainTextResume_nameTitleSkillsYearsLocationAuthorization() throws Exception {
        ResumeExtraction r =
                new DeterministicExtractor(Clock.systemUTC()).extractResume(null, resume("avery-example.txt"));

        assertThat(r.fullName().value()).isEqualTo("Avery Example");
        assertThat(r.email().value()).isEqualTo("avery.example@example.com");
        assertThat(r.phone().value()).isEqualTo("555-010-0142");
        assertThat(r.titles()).extracting(t -> t.value()).containsExactly("Senior Java Developer");
        assertThat(r.yearsExperience().value()).isEqualByComparingTo("11");
        assertThat(r.location().city()).isEqualTo("Dallas");
        assertThat(r.location().state()).isEqualTo("TX");
        assertThat(r.workAuthorization().value()).isEqualTo(WorkAuthorization.GREEN_CARD);
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "Java",
                        "Python",
                        "SQL",
                        "Spring Boot",
                        "Hibernate",
                        "React",
                        "AWS",
                        "Amazon EC2",
                        "Amazon S3",
                        "AWS Lambda",
                        "Docker",
                        "Kubernetes",
                        "Jenkins",
                        "Oracle Database",
                        "PostgreSQL",
                        "MongoDB",
                        "Kafka");
        assertThat(r.summary().value()).startsWith("Java developer with 11+ years");
    }

    @Test
    void skillDetailsExport_monthsPerSkill_brokenBulletsRepaired_placeAndStatusFound() throws Exception {
        ResumeExtraction r =
                new DeterministicExtractor(Clock.systemUTC()).extractResume(null, resume("skill-details-mojibake.txt"));

        assertThat(r.titles()).extracting(t -> t.value()).containsExactly("Senior Java Developer");
        assertThat(r.yearsExperience().value()).isEqualByComparingTo("7");
        assertThat(r.workAuthorization().value()).isEqualTo(WorkAuthorization.H1B);
        assertThat(r.workAuthorization().source()).contains("I’m on H1B").doesNotContain("â€");
        assertThat(r.location().city()).isEqualTo("Pune");
        assertThat(r.location().country()).isEqualTo("IN");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Java", "Spring Boot", "Hibernate", "Oracle Database", "Jenkins");
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Java"))
                .singleElement()
                .extracting(ExtractedSkill::years)
                .satisfies(y -> assertThat((java.math.BigDecimal) y).isEqualByComparingTo("7"));
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Spring Boot"))
                .singleElement()
                .extracting(ExtractedSkill::years)
                .satisfies(y -> assertThat((java.math.BigDecimal) y).isEqualByComparingTo("4"));
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Jenkins"))
                .singleElement()
                .extracting(ExtractedSkill::years)
                .satisfies(y -> assertThat((java.math.BigDecimal) y).isEqualByComparingTo("0.5"));
        // "Less than 1 year" is a duration, not the Less stylesheet language
        assertThat(r.skills()).extracting(ExtractedSkill::name).doesNotContain("Less");
    }

    @Test
    void labelledTitleRoleAndPosition_areReadAsTitles_notAnIndexError() throws Exception {
        ResumeExtraction r =
                new DeterministicExtractor(Clock.systemUTC()).extractResume(null, resume("labelled-fields.txt"));

        assertThat(r.fullName().value()).isEqualTo("Jordan Sample");
        assertThat(r.titles())
                .extracting(t -> t.value())
                .startsWith("Senior Data Engineer")
                .hasSize(3);
        assertThat(r.location().city()).isEqualTo("Columbus");
        assertThat(r.workAuthorization().value()).isEqualTo(WorkAuthorization.H1B);
        assertThat(r.skills()).extracting(ExtractedSkill::name).contains("Python", "Kafka", "Snowflake");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "• A seasoned consultant with 3 years of IT/Presales/Project Management experience | 3",
                "• Offering over 15 years of rich national & international experience in delivery | 15",
                "• Having 4yrs. of solid work experience in designing web and mobile experiences | 4",
                "• 5 years and 6 months of extensive experience in requirement gathering | 5.5",
                "8+ Exp in retail banking operations | 8",
                "Total experience: 7 years | 7"
            })
    void totalYears_summaryPhrasings(String line, String years) {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null, "Sam Placeholder\nsam@example.com\n\nSUMMARY\n" + line + "\n\nSKILLS\nJava, SQL\n");

        assertThat(r.yearsExperience()).as(line).isNotNull();
        assertThat(r.yearsExperience().value()).as(line).isEqualByComparingTo(years);
    }

    @Test
    void headerOfFieldsBetweenBars_titleIsTheFieldThatReadsAsATitle() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Alex Person | QA Automation Engineer | alex@example.com | (555) 010-2222 | Open to relocation\n"
                                + "Work Authorization: Green Card\n\nEXPERIENCE SUMMARY\n6 years in testing with Selenium.\n");

        assertThat(r.titles()).extracting(t -> t.value()).containsExactly("QA Automation Engineer");
    }

    @Test
    void aProjectsRoleLine_doesNotOutrankTheHeadlineUnderTheName() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Sam Placeholder\nOffshore SAP CRM Functional Consultant\n\nPune, Maharashtra\n\n"
                                + "WORK EXPERIENCE\n\nExample Systems - July 2014 to January 2016\n"
                                + "Project: Service ticket migration\nRole: Functional Consultant\n"
                                + "Responsibilities: configured SAP CRM service orders\n");

        assertThat(r.titles())
                .extracting(t -> t.value())
                .containsExactly("Offshore SAP CRM Functional Consultant", "Functional Consultant");
    }

    @Test
    void aTitleLabelInTheHeader_staysTheTitle() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Sam Placeholder\nDesignation: Data Engineer\nsam@example.com\n\nWORK EXPERIENCE\n"
                                + "Role: ETL Developer\n");

        assertThat(r.titles()).extracting(t -> t.value()).first().isEqualTo("Data Engineer");
    }

    @Test
    void profileLinks_nameNoSkill_withOrWithoutTheirScheme() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Sam Placeholder\nData Engineer - Example Corp\nIndeed: indeed.com/r/Sam-Placeholder/0a1b2c3d\n"
                                + "https://www.linkedin.com/in/sam-placeholder-0a1b2c\nlinkedin.com/in/sam-placeholder\n\n"
                                + "SKILLS\nPython, SQL, ASP.NET, C#, http://github.com/sam-placeholder\n");

        assertThat(r.skills())
                .extracting(s -> s.name())
                .contains("Python", "SQL", "ASP.NET", "C#")
                .doesNotContain("HTTP", "LinkedIn", "Linkedin", "GitHub");
        assertThat(Text.withoutUrls("ASP.NET/C#, VB.NET/SQL and Node.js/React"))
                .isEqualTo("ASP.NET/C#, VB.NET/SQL and Node.js/React");
    }

    @Test
    void skillYearsWrappedOntoTheNextLine_areYears_notTheLessLanguage_andADegreeNamesNoSkill() {
        // the layout of exported resumes: "(Less than 1 year)" broken across lines (ADR 0112)
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Sam Placeholder\nSAP ABAP Consultant\n\nSKILLS\n"
                                + "SAP (6 years), ABAP (Less than 1 year), ACCESS (Less\n"
                                + "than 1 year), JAVA (6 years), PEGA MARKETING AND BPM (Less\n"
                                + "than 1 year)\n\nEDUCATION\nB.Tech in Electronics and Communication\n"
                                + "Bachelor of Engineering in Electronics\n");

        assertThat(r.skills())
                .extracting(s -> s.name())
                .contains("SAP", "ABAP", "Access", "Java")
                .doesNotContain("Less");
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Access"))
                .extracting(s -> s.years())
                .containsExactly(new java.math.BigDecimal("0.5"));
        assertThat(r.skills()).extracting(s -> s.name()).doesNotContain("Electronics");
        assertThat(ResumeRules.joinWrappedParentheses(
                        List.of(new Text.Line("A (1", false), new Text.Line("year), B", false))))
                .extracting(Text.Line::text)
                .containsExactly("A (1 year), B");
    }

    @Test
    void headerOfFieldsWithoutATitle_givesNoTitle() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null, "Alex Person | alex@example.com | (555) 010-2222 | Dallas, TX\n\nSKILLS\nJava, SQL\n");

        assertThat(r.titles()).isEmpty();
    }

    @Test
    void totalYears_notFromASentenceEndingBeforeExperience() {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC())
                .extractResume(
                        null,
                        "Sam Placeholder\nsam@example.com\n\nWORK EXPERIENCE\nWorked 2 years. Experience with Java\n"
                                + "Version 10 release notes and experience reports\n");

        assertThat(r.yearsExperience()).isNull();
    }

    @Test
    void resumeWithoutNameOrEmail_extractsTheRestAndNoName() throws Exception {
        ResumeExtraction r = new DeterministicExtractor(Clock.systemUTC()).extractResume(null, resume("no-name.txt"));

        assertThat(r.fullName()).isNull();
        assertThat(r.email()).isNull();
        assertThat(r.yearsExperience().value()).isEqualByComparingTo("6");
        assertThat(r.skills()).extracting(ExtractedSkill::name).contains("Selenium", "Java", "Jenkins");
    }
}
