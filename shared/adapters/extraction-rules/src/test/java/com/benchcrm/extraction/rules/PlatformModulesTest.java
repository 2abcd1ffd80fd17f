package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractionInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * (And a firm's "Inc." is no PHP.) A platform's modules listed in brackets after it ("AWS (S3, Glue, EMR, Redshift)") are the platform's, on a
 * resume and in a mail: "EMR" is Amazon EMR there, not electronic health records (anonymous lines).
 */
class PlatformModulesTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    static List<String> names(List<ExtractedSkill> skills) {
        return skills.stream().map(ExtractedSkill::name).toList();
    }

    @Test
    void aResumesSkillRow_readsTheBracketedModulesAsThePlatforms() {
        var r = rules.extractResume(
                null,
                "Casey Placeholder\nData Engineer\n\nSKILLS\nLanguages: Python, SQL\n"
                        + "Cloud: AWS (S3, Glue, EMR, Redshift), Azure (Data Factory, Synapse)\n"
                        + "Databases: PostgreSQL\n");
        assertThat(names(r.skills()))
                .contains("AWS", "Amazon S3", "AWS Glue", "Amazon EMR", "Redshift", "Azure", "Python", "PostgreSQL")
                .doesNotContain("EHR");
    }

    @Test
    void aSkillYearInBrackets_staysThePlatformsYears() {
        var r = rules.extractResume(
                null, "Casey Placeholder\nSAP Consultant\n\nSKILLS\nSAP (5 years), ABAP (3 years), Java (2 years)\n");
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("SAP"))
                .singleElement()
                .satisfies(s -> assertThat(s.years()).isEqualByComparingTo("5"));
    }

    @Test
    void aMailsSkillList_readsTheBracketedModulesAsThePlatforms() {
        var r = rules.extract(new ExtractionInput(
                "Data Engineer - Dallas, TX",
                "Hi,\n\nRole: Data Engineer\nLocation: Dallas, TX\nSkills: Python, AWS (S3, Glue, EMR, Lambda), Spark\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains("Amazon S3", "AWS Glue", "Amazon EMR", "AWS Lambda", "Spark")
                .doesNotContain("EHR");
    }

    @Test
    void aMailsRequirementLine_readsTheBracketedModulesAsThePlatforms() {
        // "ITSM" alone is IT service management (ITIL); in brackets after ServiceNow it is ServiceNow's module
        var r = rules.extract(new ExtractionInput(
                "ServiceNow Developer - Remote",
                "Hi,\n\nRole: ServiceNow Developer\nLocation: Remote\n\nRequired:\n"
                        + "- 5+ years of ServiceNow development (ITSM, ITOM, CMDB)\n- JavaScript\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains("ServiceNow", "ServiceNow ITSM", "ServiceNow ITOM", "CMDB", "JavaScript")
                .doesNotContain("ITIL");
        // outside a platform's brackets ITSM keeps its general meaning
        var general = rules.extract(new ExtractionInput(
                "Service Desk Lead - Remote",
                "Hi,\n\nRole: Service Desk Lead\nLocation: Remote\n\nRequired:\n- Strong ITSM process knowledge\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(general.requirements().get(0).skills())).contains("ITIL");
    }

    @Test
    void aPlatformsProductBeforeTheBracket_keepsTheProduct_andTheItemsAreThePlatformsModules() {
        // taxonomy 2026.12.4: Workday's HCM modules; "Studio" in "Workday Integrations (Studio, ...)" is Workday Studio
        var r = rules.extract(new ExtractionInput(
                "Workday HCM Consultant - Remote",
                "Hi,\n\nRole: Workday HCM Consultant\nLocation: Remote\n\nRequired skills:\n"
                        + "Workday HCM (Core HCM, Compensation, Absence, Time Tracking), EIB, Calculated Fields\n"
                        + "Workday Integrations (Studio, Core Connectors) is a plus\n\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains(
                        "Workday HCM",
                        "Workday Compensation",
                        "Workday Absence Management",
                        "Workday Time Tracking",
                        "Workday EIB",
                        "Workday Integrations",
                        "Workday Studio",
                        "Workday Core Connectors")
                .doesNotContain("Compensation and Benefits", "Time tracking");
        // "(Studio, Core Connectors) is a plus": the bracket's modules are nice to have as the item is
        assertThat(r.requirements().get(0).skills())
                .filteredOn(s -> s.name().equals("Workday Studio") || s.name().equals("Workday Core Connectors"))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.required()).isFalse());
        assertThat(r.requirements().get(0).skills())
                .filteredOn(s -> s.name().equals("Workday Compensation"))
                .singleElement()
                .satisfies(s -> assertThat(s.required()).isTrue());
        // in a skill list that names Workday, "Calculated Fields" is Workday's (alone it names no skill: Tableau has
        // them)
        var list = rules.extract(new ExtractionInput(
                "Workday Consultant - Remote",
                "Hi,\n\nRole: Workday Consultant\nLocation: Remote\nSkills: Workday HCM, EIB, Calculated Fields\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(list.requirements().get(0).skills())).contains("Workday Calculated Fields");
        // "Azure Data Factory (pipelines)": the product before the bracket is still a skill
        var adf = rules.extract(new ExtractionInput(
                "Data Engineer - Dallas, TX",
                "Hi,\n\nRole: Data Engineer\nLocation: Dallas, TX\nSkills: Python, Azure Data Factory (pipelines), SQL\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(adf.requirements().get(0).skills())).contains("Azure Data Factory", "Python", "SQL");
    }

    @Test
    void aResumesPlatformLabel_readsItsItemsAsThePlatformsModules() {
        var r = rules.extractResume(
                null,
                "Jamie Placeholder\nWorkday HCM Consultant\n\nSKILLS\n"
                        + "Workday: HCM (Core HCM, Compensation, Absence), EIB, Calculated Fields, Studio\n"
                        + "Other: SQL, JIRA\n");
        assertThat(names(r.skills()))
                .contains(
                        "Workday",
                        "Workday Compensation",
                        "Workday Absence Management",
                        "Workday EIB",
                        "Workday Calculated Fields",
                        "Workday Studio",
                        "SQL",
                        "JIRA")
                .doesNotContain("Compensation and Benefits");
    }

    @Test
    void asmBesideRacAndDataGuard_isOraclesStorageManager_notAssembly() {
        // taxonomy 2026.12.5: in an Oracle DBA mail ASM is Automatic Storage Management (it was the Assembly language)
        var r = rules.extract(new ExtractionInput(
                "Oracle DBA - Phoenix, AZ",
                "Hi,\n\nRole: Oracle DBA\nLocation: Phoenix, AZ\n\n"
                        + "Need 10+ years as Oracle DBA with Exadata, RAC, ASM, Data Guard and GoldenGate.\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains("Oracle RAC", "Oracle ASM", "Oracle Data Guard")
                .doesNotContain("Assembly");
    }

    @Test
    void aCompanysInc_isNoPhp() {
        // taxonomy 2026.12.3: linguist's alias "inc" of PHP (its include files) is ambiguous now: a firm's "Inc."
        // in an experience line named PHP on every resume that had one
        var r = rules.extractResume(
                null,
                "Sam Placeholder\nJava Developer\n\nEXPERIENCE\n"
                        + "Java Developer, Example Networks Inc., Austin, TX   2021 - Present\n- Spring Boot on Kubernetes\n");
        assertThat(names(r.skills()))
                .contains("Java", "Spring Boot", "Kubernetes")
                .doesNotContain("PHP");
    }

    @Test
    void anItemEndingSeveralModules_isNoneOfThem() {
        // "Cloud" ends Sales Cloud, Service Cloud, Marketing Cloud...: no one of them is meant
        assertThat(Skills.onPlatform(com.benchcrm.skills.SkillTaxonomy.standard(), "Cloud", List.of("Salesforce")))
                .isEmpty();
        assertThat(Skills.onPlatform(com.benchcrm.skills.SkillTaxonomy.standard(), "EMR", List.of("AWS"))
                        .orElseThrow()
                        .name())
                .isEqualTo("Amazon EMR");
    }

    @Test
    void aCertificationSentenceNamingAPlatform_readsItsAcronymsAsThePlatformsCertifications() {
        for (String line : List.of(
                "Requirements:\n* 5+ years ServiceNow development (ITSM, HRSD)\n* ServiceNow CSA and CAD certifications required\n",
                "ServiceNow developer, 5+ years. CAD/CSA certified ServiceNow developer preferred.\n",
                "Certifications: ServiceNow CSA, CAD\n")) {
            var r = rules.extract(new ExtractionInput(
                    "ServiceNow Developer - Remote",
                    "Hi,\n\nRole: ServiceNow Developer\nLocation: Remote\nDuration: 12 months\n" + line
                            + "\nThanks,\nPat Placeholder\n",
                    null,
                    null));
            assertThat(names(r.requirements().get(0).skills()))
                    .as(line)
                    .contains(
                            "ServiceNow",
                            "ServiceNow Certified System Administrator",
                            "ServiceNow Certified Application Developer")
                    .doesNotContain("CAD");
        }
        // without a platform or a certification, CAD keeps its meaning
        var design = rules.extract(new ExtractionInput(
                "Mechanical Designer - Detroit, MI",
                "Hi,\n\nRole: Mechanical Designer\nLocation: Detroit, MI\nSkills: CAD, GD&T\n\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(design.requirements().get(0).skills())).contains("CAD");
    }

    @Test
    void aServiceNowResume_readsItsModulesInASentenceAndItsCertifications() {
        var r = rules.extractResume(
                null,
                "Jordan Placeholder\nServiceNow Developer\nEdison, NJ | jordan@example.com\n\nSUMMARY\n"
                        + "6 years of ServiceNow development across ITSM, HRSD and CSM.\n\nSKILLS\n"
                        + "Languages: JavaScript, Glide API, REST\n\nCERTIFICATIONS\n"
                        + "ServiceNow Certified System Administrator (CSA)\n"
                        + "ServiceNow Certified Application Developer (CAD)\nITIL v4 Foundation\n");
        assertThat(names(r.skills()))
                .contains(
                        "ServiceNow ITSM",
                        "ServiceNow HRSD",
                        "ServiceNow CSM",
                        "ServiceNow Certified System Administrator",
                        "ServiceNow Certified Application Developer",
                        "ITIL")
                // CSM as the Certified Scrum Master, CAD as computer-aided design, the Foundation web framework
                .doesNotContain("CSM", "CAD", "Foundation");
    }

    @Test
    void aMailSentenceNamingAPlatform_readsItsModulesAsThePlatforms() {
        var r = rules.extract(new ExtractionInput(
                "ServiceNow Developer - Remote",
                "Hi,\n\nRole: ServiceNow Developer\nLocation: Remote\n"
                        + "Must have 5+ years of ServiceNow development across ITSM and CSM.\n\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains("ServiceNow", "ServiceNow ITSM", "ServiceNow CSM")
                .doesNotContain("ITIL", "CSM");
    }

    @Test
    void aSentenceNamingAPlatform_readsModulesTheTaxonomyKnowsOnlyWithThePlatform() {
        var r = rules.extract(new ExtractionInput(
                "Workday Integration Consultant - Remote",
                "Hi,\n\nRole: Workday Integration Consultant\nLocation: Remote\n"
                        + "* 5+ years of hands-on Workday integration experience (EIB, Core Connectors, Studio)\n"
                        + "* Experience with Workday Report Writer, Calculated Fields and BIRT\n"
                        + "* Studio time and calculated fields of the old system are not needed\n"
                        + "\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills()))
                .contains("Workday EIB", "Workday Core Connectors", "Workday Studio", "Workday Calculated Fields");
        // without the platform on the line, the words are no modules
        var plain = rules.extract(new ExtractionInput(
                "Java Developer - Remote",
                "Hi,\n\nRole: Java Developer\nLocation: Remote\nSkills: Java, Spring\n"
                        + "Experience with Studio tools and Calculated Fields in reports.\n\nThanks,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(plain.requirements().get(0).skills()))
                .doesNotContain("Workday Studio", "Workday Calculated Fields");
    }

    @Test
    void aNiceToHaveItemOfAPlatformsList_isThePlatformsModuleOnce() {
        var r = rules.extract(new ExtractionInput(
                "Salesforce Developer - Boston, MA",
                "Hi,\n\nTitle: Salesforce Developer\nLocation: Boston, MA\n\nSkills:\n"
                        + "Apex, Visualforce, SOQL, Salesforce Sales Cloud and Service Cloud, CPQ is a plus.\n"
                        + "\nThanks\nSam\n",
                null,
                null));
        var skills = r.requirements().get(0).skills();
        // "CPQ" (the generic configure-price-quote practice) and "Salesforce CPQ" were both listed
        assertThat(names(skills)).contains("Salesforce CPQ").doesNotContain("CPQ");
        assertThat(skills)
                .filteredOn(s -> s.name().equals("Salesforce CPQ"))
                .singleElement()
                .satisfies(s -> assertThat(s.required()).isFalse());
    }

    @Test
    void aProductsOwnWordsBesideAPlatform_keepTheirMeaning() {
        var r = rules.extract(new ExtractionInput(
                "Windows Administrator - Dallas, TX",
                "Hi,\n\nRole: Windows Administrator\nLocation: Dallas, TX\n"
                        + "Must have Windows Server, Active Directory, Azure, Exchange and SQL Server.\n\nThanks,\nPat\n",
                null,
                null));
        // "Active Directory" on a line naming Azure was read as Azure Active Directory: the on-premises skill was lost
        assertThat(names(r.requirements().get(0).skills()))
                .contains("Active Directory", "Azure", "Windows Server")
                .doesNotContain("Azure Active Directory");
        var cv = rules.extractResume(
                null,
                "Pat Placeholder\nSystems Administrator\n\nSUMMARY\n"
                        + "Managed Windows Server, Active Directory and Azure for 2000 users.\n");
        assertThat(names(cv.skills())).contains("Active Directory").doesNotContain("Azure Active Directory");
    }

    @Test
    void aModulesAcronym_inALineNamingNoPlatform_isTheTitlesPlatforms() {
        var r = rules.extract(new ExtractionInput(
                "SAP S/4HANA FICO Consultant || Houston, TX || Onsite",
                "Greetings,\n\nTitle: SAP S/4HANA FICO Consultant\nLocation: Houston, TX (Onsite 5 days)\n\n"
                        + "Top 3 skills:\n1. FI/CO configuration (GL, AP, AR, Asset Accounting)\n"
                        + "2. S/4HANA migration\n3. Integration with MM and SD\n\nRegards,\nPat Placeholder\n",
                null,
                null));
        assertThat(names(r.requirements().get(0).skills())).contains("SAP FICO", "SAP MM", "SAP SD");
        var crm = rules.extract(new ExtractionInput(
                "ServiceNow Developer - Remote",
                "Role: ServiceNow Developer\nLocation: Remote\nSkills: ITSM, CSM, JavaScript\n"
                        + "Experience building HRSD workflows.\n",
                null,
                null));
        assertThat(names(crm.requirements().get(0).skills()))
                .contains("ServiceNow ITSM", "ServiceNow CSM", "ServiceNow HRSD")
                .doesNotContain("Certified Scrum Master");
        // no platform in the title: the acronyms are what they are elsewhere
        var plain = rules.extract(new ExtractionInput(
                "Scrum Master - Remote",
                "Role: Scrum Master\nLocation: Remote\nSkills: CSM, Jira\nWe work with MM and SD teams.\n",
                null,
                null));
        assertThat(names(plain.requirements().get(0).skills())).doesNotContain("SAP MM", "SAP SD", "ServiceNow CSM");
    }

    @Test
    void aModuleNamedAmongTheDuties_isTheTitlesPlatforms_onlyUnderThatTitle() {
        String duties =
                "Responsibilities:\n- User management, profiles, permission sets\n- Flows and validation rules\n";
        var admin = rules.extract(new ExtractionInput(
                "Salesforce Admin - Remote",
                "Requirement: Salesforce Administrator\nLocation: Remote\n" + duties,
                null,
                null));
        var other = rules.extract(new ExtractionInput(
                "Business Analyst - Remote",
                "Requirement: Business Analyst\nLocation: Remote\nSkills: SQL\n" + duties,
                null,
                null));

        assertThat(names(admin.requirements().get(0).skills())).contains("Salesforce Flow");
        assertThat(names(other.requirements().get(0).skills())).doesNotContain("Salesforce Flow");
    }
}
