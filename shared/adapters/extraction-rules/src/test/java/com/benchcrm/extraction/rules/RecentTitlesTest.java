package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A title for resumes that do not open with one: anonymous snippets in the layouts of real resumes. */
class RecentTitlesTest {

    private static final DeterministicExtractor RULES = new DeterministicExtractor(Clock.systemUTC());

    private static List<String> titles(String resume) {
        ResumeExtraction r = RULES.extractResume(null, resume);
        return r.titles().stream().map(Sourced::value).toList();
    }

    @Test
    void aParenthesisAfterTheTitle_isANoteOnIt_evenWhenItHoldsARoleWord() {
        String cv = """
                Pat Sample
                Looking for a challenging position

                WORK EXPERIENCE

                Technical Architect (Manager C2)

                -

                August 2015 to Present

                Senior Professional Technology Analyst

                Example Services -

                September 2005 to August 2015
                """;

        assertThat(titles(cv)).containsExactly("Technical Architect");
    }

    @Test
    void indeedLayout_titleAboveCompanyAndDates_isTheMostRecentPositionsTitle() {
        String cv = """
                Pat Sample
                Springfield, Illinois - Email me on Indeed: indeed.com/r/Pat-Sample/0000

                I am a quick learner looking for a challenging role in a growing organisation.

                WORK EXPERIENCE

                Senior project engineer

                Example Networks -  Springfield, Illinois -

                March 2014 to Present

                Tested routing protocols and wrote automation scripts.
                Reviewed the automated scripts of the team.
                Coordinated with onsite teams on defects raised by customers.
                Planned regression cycles for each release.
                Trained two new members of the team.

                Associate Developer

                Sample Systems -

                June 2011 to February 2014

                EDUCATION
                Bachelor of Engineering in Electronics
                """;

        assertThat(titles(cv)).containsExactly("Senior Project Engineer");
    }

    @Test
    void titleCommaCompanyCommaDates_onOneLine() {
        String cv = """
                Pat Sample
                pat.sample@example.com

                Experience
                Senior Java Developer, Example Corp, 2019 - Present
                Built payment services in Java and Spring Boot.
                Java Developer, Sample Labs, 2015 - 2019
                """;

        assertThat(titles(cv)).containsExactly("Senior Java Developer");
    }

    @Test
    void companyPipeTitlePipeDates_takesThePartThatReadsAsATitle() {
        String cv = """
                Pat Sample

                PROFESSIONAL EXPERIENCE
                Example Health | Data Analyst | Jan 2020 – Present
                Reporting in SQL and Tableau.
                """;

        assertThat(titles(cv)).containsExactly("Data Analyst");
    }

    @Test
    void titleLineUnderTheCompanyLine() {
        String cv = """
                Pat Sample
                Summary
                Delivered reporting platforms for retail clients.

                Employment History
                Example Retail Group, Springfield
                QA automation engineer
                Aug 2018 - Present
                """;

        assertThat(titles(cv)).containsExactly("QA Automation Engineer");
    }

    @Test
    void summaryHeadline_withYears_isTheTitle_whenNoPositionIsDated() {
        String cv = """
                Pat Sample
                Java developer with 8 years of experience in banking applications.
                Skills: Java, Spring, SQL
                """;

        assertThat(titles(cv)).containsExactly("Java Developer");
    }

    @Test
    void workingAsACapitalizedTitle_inRunningText() {
        String cv = """
                Pat Sample
                Profile
                • Working currently with Example Services as a Software Test Engineer with a telecom client.
                • Automated provisioning journeys.
                """;

        assertThat(titles(cv)).containsExactly("Software Test Engineer");
    }

    @Test
    void workingAsATitleWithoutArticle_onlyWhenWrittenAsATitle() {
        String cv = """
                Priya Sample
                Work Experience:
                Working as Senior Test Engineer in Example Technologies Pvt Ltd, Bangalore from Aug 2021 to till date.
                Worked as Test Engineer in Sample Infosystems, Pune from Feb 2020 to Jul 2021.
                """;
        assertThat(titles(cv)).containsExactly("Senior Test Engineer");

        // lower case, or no word for a job at its end: no title
        assertThat(titles("Pat Sample\nProfile\nWorking as part of the support team in Example Corp.\n"))
                .isEmpty();
        assertThat(titles("Pat Sample\nProfile\nWorking as Onsite Coordinator in Example Corp.\n"))
                .containsExactly("Onsite Coordinator");
        assertThat(titles("Pat Sample\nProfile\nWorking as Team Member in Example Corp.\n"))
                .isEmpty();
    }

    @Test
    void professionalTitleLabel() {
        String cv = """
                Pat Sample
                Professional Title: Salesforce Administrator
                """;

        assertThat(titles(cv)).containsExactly("Salesforce Administrator");
    }

    @Test
    void untitledMostRecentPosition_companyAndDatesOnly_givesNoTitle_notTheOlderOne() {
        String cv = """
                Pat Sample

                WORK EXPERIENCE
                Example Networks -  Springfield, Illinois -
                2016 to Present
                Supported LAN and WAN links.
                """;

        assertThat(titles(cv)).isEmpty();
    }

    @Test
    void educationDates_areNotPositions() {
        String cv = """
                Pat Sample

                EDUCATION
                Bachelor of Science in Computer Science
                Example State University - Springfield
                2014 to 2017
                """;

        assertThat(titles(cv)).isEmpty();
    }

    @Test
    void runningTextInLowerCase_isNoTitle() {
        String cv = """
                Pat Sample
                Profile
                Working in Example Services as a developer and support person for billing.
                """;

        assertThat(titles(cv)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Example Technologies Pvt Ltd", // a company
                "Sample Consulting Inc", // a company
                "March 2014 to Present", // a date line
                "2016 - 2019", // a date line
                "WORK EXPERIENCE", // a section heading
                "Technical Skills", // a section heading
                "Pat Sample", // a name
                "Consultant", // one word says too little
                "Team Lead for Example Cloud Project", // something after the head word
                "Certified Network Associate Training Program", // a course
                "seeking a role as Java Developer", // a sentence
                "Customer Care Associate Example Corp", // a company after the head word
            })
    void notATitle(String line) {
        assertThat(RecentTitles.title(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "software engineer|Software Engineer",
                "L1 network engineer|L1 Network Engineer",
                "Team lead - supplier data management|Team Lead",
                "Admin assistant at Example Services|Admin Assistant",
                "\"Store Executive\"|Store Executive",
                "Sales and marketing specialist|Sales and Marketing Specialist",
                "• Business Analyst/Project Coordinator|Business Analyst/Project Coordinator",
            })
    void aTitle_cased_asARecruiterFilesIt(String pair) {
        String[] p = pair.split("\\|");
        assertThat(RecentTitles.title(p[0])).isEqualTo(p[1]);
    }

    @Test
    void aResumeThatOpensWithItsTitle_keepsIt() {
        String cv = """
                Pat Sample
                Network Administrator

                WORK EXPERIENCE
                Senior Java Developer
                Example Corp -
                2019 to Present
                """;

        assertThat(titles(cv)).containsExactly("Network Administrator");
    }

    @Test
    void aDatedPositionEndingInAFullStop_isStillAPosition() {
        String cv = """
                Pat Sample
                Looking for a challenging position

                PROFESSIONAL EXPERIENCE
                Senior Java Developer, Example Corp, Jan 2021 - Present.
                Java Developer, Sample Systems, 2017 - 2020.
                """;
        assertThat(titles(cv)).containsExactly("Senior Java Developer");
    }
}
