package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ResumeExtraction;
import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Contact lines and skill lists as real resumes write them, in anonymous resumes written for this project: the
 * place after labelled contact fields on one line, skills separated by middle dots with their years, an Indian
 * mobile number in two groups of five, a "Company — Title (dates)" experience entry, total years written with a
 * dash label or in words.
 */
class ResumeContactLinesTest {

    final DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());

    @Test
    void thePlaceAfterLabelledContactFieldsOnOneLine() {
        ResumeExtraction r = rules.extractResume(
                null,
                "RAVI SAMPLE\nSr. Java Full Stack Developer\nEmail: ravi.sample@example.com | Phone: +1 555-010-1234 "
                        + "| Dallas, TX\n\nPROFESSIONAL SUMMARY\nOver 9 years of IT experience with Java and Spring "
                        + "Boot.\n");
        assertThat(r.location()).isNotNull();
        assertThat(r.location().city()).isEqualTo("Dallas");
        assertThat(r.location().state()).isEqualTo("TX");
        assertThat(r.phone().value()).isEqualTo("+1 555-010-1234");
    }

    @Test
    void skillsSeparatedByMiddleDots_keepTheirYears() {
        ResumeExtraction r = rules.extractResume(
                null,
                "Jane Placeholder\nAustin, TX\n\nDATA ENGINEER\nData engineer with 6 years of experience.\n\nSKILLS\n"
                        + "Python (6 yrs) · SQL (6 yrs) · Spark (4 yrs) · Airflow (3 yrs) · Snowflake\n");
        assertThat(r.skills())
                .filteredOn(s -> s.years() != null)
                .extracting(ExtractedSkill::name, ExtractedSkill::years)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Python", new BigDecimal("6")),
                        org.assertj.core.groups.Tuple.tuple("Spark", new BigDecimal("4")),
                        org.assertj.core.groups.Tuple.tuple("Airflow", new BigDecimal("3")));
        assertThat(r.skills()).extracting(ExtractedSkill::name).contains("Snowflake");
    }

    @Test
    void aCompanyThenTitleEntryWithDates_givesTheTitleOfTheMostRecentPosition() {
        ResumeExtraction r = rules.extractResume(
                null,
                "Michael Demo\nmichael.demo@example.com\n\nObjective: Seeking a position where I can apply my "
                        + "5+ years of experience.\n\nExperience\nExample Health Systems — Business Analyst "
                        + "(2022–present)\n - Wrote user stories in JIRA.\nSample Financial — Junior Business "
                        + "Analyst (2020–2022)\n - SQL reporting.\n\nSkills: JIRA, SQL, Tableau\n");
        assertThat(r.titles()).extracting(t -> t.value()).first().isEqualTo("Business Analyst");
    }

    @Test
    void totalYears_afterADashLabel_orInWords() {
        for (String[] c : new String[][] {
            {"Experience – 4 Years", "4"},
            {"Nine years of experience in enterprise applications.", "9"},
            {"Seasoned engineer with fifteen years of experience.", "15"},
            {"Over a decade of experience building Java services.", "10"}
        }) {
            ResumeExtraction r = rules.extractResume(
                    null,
                    "Alex Sample\nJava Developer\nalex@example.com\n\nSUMMARY\n" + c[0] + "\n\nSKILLS\nJava, SQL\n");
            assertThat(r.yearsExperience()).as(c[0]).isNotNull();
            assertThat(r.yearsExperience().value()).as(c[0]).isEqualByComparingTo(c[1]);
        }
    }

    @Test
    void anIndianMobileInTwoGroupsOfFive() {
        ResumeExtraction r = rules.extractResume(
                null,
                "CURRICULUM VITAE\n\nName : Suresh Sample\nMobile : +91 90000 00000\nEmail : suresh.sample@example.com\n"
                        + "\nExperience Summary:\nHaving 4.5 years of experience in Selenium and Java.\n");
        assertThat(r.phone().value()).isEqualTo("+91 90000 00000");
        // two groups of five that cannot start an Indian mobile (6-9) are no phone
        assertThat(Contacts.PHONE.matcher("Employee ID 12345 67890").find()).isFalse();
        assertThat(Contacts.PHONE.matcher("Mobile: 98765 43210").find()).isTrue(); // without +91
    }

    @Test
    void aLabelledPlaceInsideAContactLine_keepsItsCity() {
        ResumeExtraction r = rules.extractResume(
                null,
                "Ravi Placeholder\nSr. Java Developer\nVisa: H1B | Location: Irving, TX | Open to relocate\n\n"
                        + "SKILLS\nJava, Spring Boot\n");

        assertThat(r.location().city()).isEqualTo("Irving");
        assertThat(r.location().state()).isEqualTo("TX");
    }

    @Test
    void skillCategoriesBeforeABar_areNoSkills() {
        ResumeExtraction r = rules.extractResume(
                null,
                "Ravi Placeholder\nSr. Java Developer\n\nTECHNICAL SKILLS\n"
                        + "Languages | Java 8/11/17, SQL, TypeScript\nFrameworks | Spring Boot, Hibernate\n"
                        + "Databases | Oracle 19c, PostgreSQL\nCloud/DevOps | AWS, Jenkins, Docker\nJava | Python | Go\n");

        assertThat(r.skills())
                .extracting(s -> s.name())
                .contains(
                        "Java",
                        "SQL",
                        "Spring Boot",
                        "Hibernate",
                        "Oracle Database",
                        "PostgreSQL",
                        "AWS",
                        "Jenkins",
                        "Docker",
                        "Python",
                        "Go")
                // the categories were read as skills ("Frameworks" as Framework Development, "Databases" as Database)
                .doesNotContain("Framework Development", "Database", "Cloud Computing", "DevOps");
    }

    @Test
    void aLabelledPlace_inAContactLineSetApartBySpaces_keepsItsCity() {
        var r = rules.extractResume(
                null,
                "Sam Placeholder\nSenior Data Engineer\nEmail: sam@mail.example   Mobile: +1 469 555 0102   "
                        + "Location: Frisco, TX   Visa: H1B\n\nWork Experience\nData Engineer, Example Corp, Plano, TX"
                        + " (2018 - Present)\n");
        // the place was unread ("Frisco, TX Visa: H1B") and the first position's city taken instead
        assertThat(r.location().city()).isEqualTo("Frisco");
        assertThat(r.location().state()).isEqualTo("TX");
    }

    @Test
    void yearsAfterTheRoleInTheHeadline_areTheTotal_unlessStatedOrNoRole() {
        var r = rules.extractResume(
                null,
                "Alex Sample\nAI/ML Engineer (GenAI) \u2014 9 years\nSeattle, WA \u00b7 alex@mail.example\n\n"
                        + "SKILLS\nPython, PyTorch\n");
        assertThat(r.yearsExperience().value()).isEqualByComparingTo("9");
        // a stated total in the summary wins over the headline
        var stated = rules.extractResume(
                null, "Alex Sample\nJava Developer | 10+ Yrs\n\nSUMMARY\n12 years of experience in Java and Spring.\n");
        assertThat(stated.yearsExperience().value()).isEqualByComparingTo("12");
        // a headline without a role ("Seattle - 5 years in the US") is not the experience
        var place = rules.extractResume(null, "Alex Sample\nSeattle, WA - 5 years\n\nSKILLS\nPython\n");
        assertThat(place.yearsExperience()).isNull();
    }

    @Test
    void aNameWithCredentialsAfterIt_andYearsBetweenTheHeadlinesParts() {
        var pm = rules.extractResume(
                null,
                "Chris Placeholder, PMP, CSM\nIT Project Manager\nAtlanta, Georgia \u2022 chris@mail.example\n\n"
                        + "SUMMARY\nProject manager for ERP and cloud migrations.\n");
        var dev = rules.extractResume(
                null,
                "Priya Sample\nSalesforce Developer | 7 Years | Platform Developer I & II Certified\n"
                        + "priya@mail.example\n\nTECHNICAL SKILLS\nApex, LWC\n");

        // the name was lost ("Chris Placeholder, PMP, CSM" is no person's name as a whole)
        assertThat(pm.fullName().value()).isEqualTo("Chris Placeholder");
        assertThat(dev.yearsExperience().value()).isEqualByComparingTo("7");
    }

    @Test
    void aTwoColumnHeader_readsEachLabelFromItsOwnPart() {
        // "Role: ... Consultant   Phone: ..." gave the title "... Consultant Phone: +1 555 010 7788" (the line reader
        // collapses the runs of spaces, and "Consultant Phone:" was read as one two-word label)
        ResumeExtraction r = rules.extractResume(
                null,
                "Name: Jordan Sample                                   Email: jordan.sample@example.test\n"
                        + "Role: Oracle EBS Techno-Functional Consultant             Phone: +1 555 010 7788\n"
                        + "Total Experience: 14+ Years                               Location: Chicago, IL\n"
                        + "Experience Summary: ERP consultant                        Visa Status: H1B\n\n"
                        + "Technical Skills:\nLanguages : SQL, PL/SQL\n");
        assertThat(r.fullName().value()).isEqualTo("Jordan Sample");
        assertThat(r.titles().get(0).value()).isEqualTo("Oracle EBS Techno-Functional Consultant");
        assertThat(r.location().city()).isEqualTo("Chicago");
        assertThat(r.workAuthorization()).isNotNull();
        assertThat(r.workAuthorization().value().name()).isEqualTo("H1B");
        // a two-word label alone on its line stays whole
        assertThat(ResumeRules.contactParts("Professional Title: Salesforce Administrator"))
                .containsExactly("Professional Title: Salesforce Administrator");
        assertThat(ResumeRules.contactParts("Location: Frisco, TX Visa Status: H1B"))
                .containsExactly("Location: Frisco, TX", "Visa Status: H1B");
    }

    @Test
    void aCompanyNameInAProjectBlock_namesNoLanguage_andOracleApplicationsToolsAreSkills() {
        // linguist's "inc" (PHP include files) read "Example Foods Inc" as PHP; BI Publisher was Business
        // Intelligence and "Oracle Fusion Cloud" Autodesk Fusion
        ResumeExtraction r = rules.extractResume(
                null,
                "Jordan Sample\nOracle EBS Techno-Functional Consultant\n\nTechnical Skills:\n"
                        + "ERP : Oracle EBS R12.2.9; Oracle Fusion Cloud\nReporting : BI Publisher, OTBI\n"
                        + "Integration : OIC, FBDI, OAF, Oracle Workflow\n\nProject #2\n"
                        + "Client : Example Foods Inc, Dallas, TX\nRole : Oracle Apps Technical Consultant\n");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "BI Publisher",
                        "OTBI",
                        "Oracle Integration Cloud",
                        "FBDI",
                        "Oracle Application Framework",
                        "Oracle Workflow",
                        "Oracle Fusion Cloud ERP")
                .doesNotContain("PHP", "Fusion", "Business Intelligence");
    }

    @Test
    void aNumberedProjectEndsTheSkills_andScmBesideOracleModulesIsNoSourceControl() {
        // "Project #1" under the skills was Project Management; "SCM (PO, INV, OM)" was Version Control
        ResumeExtraction r = rules.extractResume(
                null,
                "Jordan Sample\nOracle EBS Consultant\n\nProfessional Summary:\n14 years in Oracle E-Business Suite"
                        + " Financials (GL, AP, AR) and SCM (PO, INV, OM).\n\nTechnical Skills:\nLanguages : SQL,"
                        + " PL/SQL\n\nProject #1\nClient : Example Manufacturing Corp, Chicago, IL\n"
                        + "Role : Sr. Oracle EBS Consultant\n");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("SQL", "PL/SQL", "Oracle E-Business Suite")
                .doesNotContain("Project Management", "Version Control");
        // in a list of tools SCM still is source control
        assertThat(rules.extractResume(null, "Pat Sample\nDevOps Engineer\n\nSKILLS\nGit, SCM, Jenkins, Maven\n")
                        .skills())
                .extracting(ExtractedSkill::name)
                .contains("Version Control", "Git");
    }

    @Test
    void aRoleWithItsYears_andAnEmployersPlaceAfterADash() {
        // "engineer with 11 years in infrastructure" stated no total (only "... years of experience" did); the first
        // employer's "Example Payments Inc. — Seattle, WA" gave the state without the city
        ResumeExtraction r = rules.extractResume(
                null,
                "Alex Placeholder\nSenior SRE\n\nSUMMARY\nSite reliability engineer with 11 years in infrastructure and"
                        + " 6 years running Kubernetes.\n\nEXPERIENCE\nExample Payments Inc. — Seattle, WA\n"
                        + "Senior Site Reliability Engineer | Mar 2021 – Present\n");
        assertThat(r.yearsExperience().value()).isEqualByComparingTo("11");
        assertThat(r.location().city()).isEqualTo("Seattle");
        assertThat(r.location().state()).isEqualTo("WA");
        // a skill's years after "with" are no total
        assertThat(rules.extractResume(null, "Pat Sample\nJava Developer\n\nWorked with 3 years of Kafka.\n")
                        .yearsExperience())
                .isNull();
    }

    @Test
    void aQaResumesTestManagementToolAndCertifications_areSkills() {
        // TestRail, ISTQB and Azure's exam codes were no skills (taxonomy 2026.12.20)
        ResumeExtraction r = rules.extractResume(
                null,
                "Sam Example\nQA Automation Engineer\n\nPROFILE\nQA engineer with 7+ years of experience. ISTQB"
                        + " certified; AZ-104 certified.\n\nSKILLS\nTools: JIRA, qTest, TestRail, Confluence\n");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("TestRail", "ISTQB", "Azure Certification", "JIRA");
    }
}
