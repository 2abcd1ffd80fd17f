package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.matching.TitleOccupations.Classification;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleOccupationsTest {

    private static final TitleOccupations TABLE = TitleOccupations.standard();

    private static Classification of(String title) {
        return TABLE.classify(title).orElseThrow(() -> new AssertionError("not classified: " + title));
    }

    @Test
    void words_dropLevelWords_expandAbbreviations_andFoldPlurals() {
        assertThat(TitleOccupations.words("Sr. Java Dev II")).containsExactly("java", "developer");
        assertThat(TitleOccupations.words("Lead QA Analysts")).containsExactly("quality", "assurance", "analyst");
        assertThat(TitleOccupations.head("Application Developer, Bureau of School Health"))
                .isEqualTo("developer");
        assertThat(TitleOccupations.head("Project Manager - Business Analyst")).isEqualTo("manager");
    }

    @Test
    void standardTable_mapsCommonItTitles_toTheirOccupations() {
        assertThat(TABLE.version()).isEqualTo("onet-29.2/2+it-staffing/2");
        assertThat(of("Senior Software Developer").best().code()).isEqualTo("15-1252.00");
        assertThat(of("Senior Network Administrator").best().code()).isEqualTo("15-1244.00");
        assertThat(of("Desktop Support Technician I").best().code()).isEqualTo("15-1232.00");
        assertThat(of("Senior DBA (SQL)").best().code()).isEqualTo("15-1242.00");
        assertThat(TABLE.classify("Frobnicator of Quux")).isEmpty();
        assertThat(TABLE.classify("  ")).isEmpty();
    }

    @Test
    void aTitleOfAnotherHeadWord_winsOnlyWhenClearlyCloser() {
        // ADR 0113: the "... Manager" titles nearest "Service Desk Manager" are lodging and office managers ("Front
        // Desk Manager"); "Service Desk Analyst" is far closer
        assertThat(of("Service Desk Manager").best().code()).isEqualTo("15-1232.00");
        assertThat(of("Helpdesk Analyst").best().code()).isEqualTo("15-1232.00"); // O*NET writes "Help Desk"
        // but word order still matters where the margin is small: an assistant project manager is a manager, not
        // an executive assistant ("Project Manager Assistant")
        assertThat(of("Assistant Project Manager").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .doesNotContain("43-6011.00")
                .contains("15-1299.09");
    }

    @Test
    void theFirstPart_classifiesTheTitle_whenItIsARoleCloserToTheTableThanTheWhole() {
        // the words after the dash pulled the whole title to "Digital Forensics Analyst"
        assertThat(of("Business Analyst - Digital Solutions").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .doesNotContain("15-1299.06")
                .containsExactlyInAnyOrderElementsOf(of("Business Analyst").shares().keySet().stream()
                        .map(TitleOccupations.Occupation::code)
                        .toList());
        assertThat(of("Business Analyst - Digital Solutions").title())
                .isEqualTo("Business Analyst - Digital Solutions");
        // a department after a comma left the whole title unclassified
        assertThat(of("Web Producer Intern, Bureau of Communications").best().broad())
                .isEqualTo("15-125");
        // a one-word first part is no role of its own: "Director" alone is a film director
        assertThat(TABLE.classify("Director, Messaging Architecture")).isEmpty();
        assertThat(TitleOccupations.firstPart("Senior DBA (SQL)")).isEqualTo("Senior DBA");
        assertThat(TitleOccupations.firstPart("Java Developer")).isEqualTo("Java Developer");
    }

    @Test
    void aStaffExecutive_isClassifiedByTheFunctionBeforeTheWord_unlessOnetHoldsTheTitle() {
        // Indian usage: a technical support executive is support staff, not a chief executive
        assertThat(of("Technical Support Executive").best().code()).isEqualTo("15-1232.00");
        assertThat(of("Sr. Tech Support Executive").best().code()).isEqualTo("15-1232.00");
        assertThat(of("HR Executive").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .doesNotContain("11-1011.00")
                .contains("13-1071.00");
        // O*NET's own "... Executive" titles and a bare "Executive" keep their occupations
        assertThat(of("Marketing Executive").best().code()).isEqualTo("11-2021.00");
        assertThat(of("Senior Executive").best().code()).isEqualTo("11-1011.00");
    }

    @Test
    void explanations_nameTheComputerOccupationOfATie_andTheOccupationTwoTitlesShare() {
        // "Project Manager" ties five occupations; an IT staffing desk means the IT one, not Construction Managers
        assertThat(of("Project Manager").best().code()).isEqualTo("15-1299.09");
        assertThat(of("Project Manager").sharedWith(of("Technical Project Manager")))
                .map(TitleOccupations.Occupation::code)
                .contains("15-1299.09");
        assertThat(of("Senior Software Developer").sharedWith(of("Senior Network Administrator")))
                .isEmpty();
    }

    @Test
    void wordsTheTableLacks_stillCount_soATitleIsNotTakenForItsGenericWord() {
        // "SAP" and "ABAP" are in no O*NET title; "Consultant" alone would map to a dozen unrelated occupations
        assertThat(TABLE.classify("Consultant")).isPresent();
        assertThat(TABLE.classify("SAP ABAP Consultant")).isEmpty();
    }

    @Test
    void aTechnologyTheTableLacks_makesAnItRoleOfTheOtherWords_whenFewComputerOccupationsShareThem() {
        // ADR 0117: "CRM", "Linux" and "Azure" are in no O*NET title, but they are technologies (the skill taxonomy)
        assertThat(of("CRM Developer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .contains("15-1252.00")
                .allMatch(code -> code.startsWith("15-"));
        assertThat(of("UNIX/Linux Administrator").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .contains("15-1244.00")
                .allMatch(code -> code.startsWith("15-"));
        assertThat(of("Azure Developer").best().code()).startsWith("15-");
        // a consultant is any of a dozen computer occupations: still unknown; a word that is no technology too
        assertThat(TABLE.classify("PeopleSoft Consultant")).isEmpty();
        assertThat(TABLE.classify("Frobnicator Developer")).isEmpty();
        // a tiny table without technologies reads the title as before
        TitleOccupations plain = TitleOccupations.parse(
                List.of("# version=test/1", "15-1252.00\tSoftware Developers", "15-1252.00\tDeveloper"));
        assertThat(plain.classify("CRM Developer")).isEmpty();
    }

    @Test
    void aRoleAtTheEnd_classifiesATitle_whoseWordsBeforeItTheTableDoesNotKnow() {
        // ADR 0117: "Optimistic", "UVIS", "L1" are modifiers the table does not know
        assertThat(of("Optimistic Project Manager").best().code()).isEqualTo("15-1299.09");
        assertThat(of("UVIS Project Manager").best().code()).isEqualTo("15-1299.09");
        assertThat(of("L1 Network Engineer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .contains("15-1241.00");
        // a word the table knows is part of the role
        assertThat(TABLE.classify("Wireless Data Technician")).isEmpty();
        // "Automation Engineer" is eleven kinds of engineer in O*NET, two of them computer occupations (ADR 0124)
        assertThat(of("SDET Automation Engineer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactly("15-1252.00");
    }

    @Test
    void twoRolesJoinedByASlash_areEachClassified_andMixedInEqualParts() {
        // ADR 0119: read as one title, "Business Analyst/Project Coordinator" was a mix of general managers
        Classification both = of("Business Analyst/Project Coordinator");
        Classification analyst = of("Business Analyst");
        Classification coordinator = of("Project Coordinator");
        assertThat(both.shares().keySet())
                .containsAll(analyst.shares().keySet())
                .containsAll(coordinator.shares().keySet());
        assertThat(both.shares().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(analyst.shares()).containsKey(both.best()); // the analyst's three tie above the coordinator's four
        // either role fits a requirement for it, half as well as the single role would
        assertThat(TitleOccupations.fit(both, analyst)).isCloseTo(0.5, within(1e-9));
        assertThat(TitleOccupations.fit(both, coordinator)).isCloseTo(0.5, within(1e-9));
        assertThat(both.title()).isEqualTo("Business Analyst/Project Coordinator");
        // a role the table holds only loosely ("Team Member": logisticians and shipping clerks at cosine 0.85) or not
        // at all ("Module Lead") does not join the mix; one that it holds does
        assertThat(of("Team Member / Project Manager").shares())
                .isEqualTo(of("Project Manager").shares());
        assertThat(of("Module Lead/Project Manager").shares())
                .isEqualTo(of("Project Manager").shares());
        assertThat(of("MS Exchange/Windows Administrator").best().code()).isEqualTo("15-1244.00");
        // a slash between single words joins alternatives within one role, read whole as before
        assertThat(of("UNIX/Linux Administrator").shares())
                .isEqualTo(of("UNIX Linux Administrator").shares());
    }

    @Test
    void aTableTitleWithItsSpelledOutFormInBrackets_isTwoTitles() {
        // ADR 0119: O*NET writes "ETL Developer (Extract, Transform and Load Developer)" as one alternate title
        assertThat(TitleOccupations.forms("ETL Developer (Extract, Transform and Load Developer)"))
                .containsExactly("ETL Developer", "Extract, Transform and Load Developer");
        assertThat(TitleOccupations.forms("Database Administrator (DBA)"))
                .containsExactly("Database Administrator (DBA)");
        assertThat(TitleOccupations.forms("Software Developers")).containsExactly("Software Developers");
        assertThat(of("ETL Developer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .contains("15-1243.01");
        assertThat(of("IT Business Analyst").best().code()).isEqualTo("15-1211.00");
        // the staff-title rule asks for an "... Executive" table title, not "HR Executive Assistant"
        assertThat(of("HR Executive").best().code()).startsWith("11-3121");
    }

    @Test
    void itStaffingTitlesOnetLacks_areTheItRole() {
        // ADR 0120: "Product Owner" was biofuels product managers / chief executives, "Release Engineer" an
        // automotive engineer, "Power BI Developer" and "Help Desk Manager" unclassified
        assertThat(of("Product Owner").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactly("15-1299.09");
        assertThat(of("Release Engineer").best().code()).isEqualTo("15-1252.00");
        assertThat(of("Senior Power BI Developer").best().code()).isEqualTo("15-2051.01");
        assertThat(of("IT Helpdesk Manager").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactlyInAnyOrder("11-3021.00", "15-1232.00");
        // a title O*NET holds too (a transportation manager) is the IT role alone (ADR 0124)
        assertThat(of("Delivery Manager").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactly("15-1299.09");
        // the supplement only adds titles: O*NET's own stay as they were
        assertThat(of("Scrum Master").best().code()).isEqualTo("15-1299.09");
        assertThat(of("Construction Project Manager").best().code()).isEqualTo("11-9021.00");
    }

    @Test
    void moreItStaffingTitles_fromTheBenchsResumesAndMail() {
        // ADR 0124: "Test Analyst" was an aerospace engineer, "Production Support Analyst" an industrial engineering
        // technician or a brokerage clerk, "Escalation Engineer" and "Exchange Engineer" unclassified
        assertThat(of("Test Analyst").best().code()).isEqualTo("15-1253.00");
        assertThat(of("Sr. Test Manager").best().code()).isEqualTo("15-1253.00");
        assertThat(of("Production Support Analyst").best().code()).isEqualTo("15-1232.00");
        assertThat(of("Escalation Engineer").best().code()).isEqualTo("15-1232.00");
        assertThat(of("Exchange Engineer").best().code()).isEqualTo("15-1244.00");
        assertThat(of("Major Incident Manager").best().code()).isEqualTo("11-3021.00");
        // the class comment's own example: a QA tester and a test analyst fit
        assertThat(TitleOccupations.fit(of("QA Tester"), of("Test Analyst"))).isGreaterThan(0.9);
        // an IT business analyst is a computer systems analyst; a bare one shares that with O*NET's readings
        assertThat(of("Business Analyst").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .contains("15-1211.00")
                .allMatch(c -> c.startsWith("15-"));
    }

    @Test
    void aTitleOnetHoldsForSeveralOccupations_isTheItOnesAmongThem() {
        // ADR 0124: "Project Manager" was a fifth each construction, engineering, other and project management
        // specialist managers and IT project managers; "Developer" a third human resources specialist
        assertThat(of("Project Manager").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactly("15-1299.09");
        assertThat(of("Developer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactlyInAnyOrder("15-1243.00", "15-1252.00");
        assertThat(of("Quality Assurance Analyst").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactly("15-1253.00");
        // so a project manager fits an IT project manager fully, not a fifth
        assertThat(TitleOccupations.fit(of("Project Manager"), of("IT Project Manager")))
                .isCloseTo(1.0, within(1e-9));
        // an IT manager is an IT occupation too: a service desk manager is both
        assertThat(of("Service Desk Manager").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .containsExactlyInAnyOrder("11-3021.00", "15-1232.00");
        // O*NET's blockchain engineers listed "Engineer", "Systems Engineer", "Automation Engineer" as their titles:
        // only the titles naming blockchain are kept, so a systems engineer is no part blockchain engineer
        assertThat(of("Systems Engineer").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .doesNotContain("15-1299.07")
                .contains("15-1299.08");
        assertThat(of("Blockchain Developer").best().code()).isEqualTo("15-1299.07");
        // titles without an IT occupation among theirs stay what O*NET says
        assertThat(of("Construction Project Manager").best().code()).isEqualTo("11-9021.00");
        assertThat(of("Mechanical Engineer").best().code()).isEqualTo("17-2141.00");
        assertThat(of("Accountant").shares().keySet())
                .extracting(TitleOccupations.Occupation::code)
                .allMatch(c -> !c.startsWith("15-"));
    }

    @Test
    void fit_isHighForTheSameKindOfWork_andLowAcrossKinds() {
        Classification developer = of("Senior Software Developer");
        assertThat(TitleOccupations.fit(developer, of("Software Engineer"))).isGreaterThan(0.9);
        // a web developer is another detailed occupation in the same broad one (15-125): half the fit
        assertThat(TitleOccupations.fit(developer, of("Front End Developer")))
                .isGreaterThan(0.2)
                .isLessThan(0.9);
        assertThat(TitleOccupations.fit(developer, of("Senior Network Administrator")))
                .isEqualTo(0.0);
        assertThat(TitleOccupations.fit(developer, developer)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ambiguousTitle_isSharedByEveryOccupationHoldingIt_inATinyTable() {
        TitleOccupations t = TitleOccupations.parse(List.of(
                "# version=test/1",
                "15-1252.00\tSoftware Developers",
                "15-1252.00\tTest Engineer",
                "15-1253.00\tSoftware Quality Assurance Analysts and Testers",
                "15-1253.00\tTest Engineer",
                "17-2141.00\tMechanical Engineers"));
        Classification c = t.classify("Senior Test Engineer").orElseThrow();
        assertThat(t.version()).isEqualTo("test/1");
        assertThat(c.shares()).hasSize(2);
        assertThat(c.shares().values()).allSatisfy(s -> assertThat(s).isCloseTo(0.5, within(1e-9)));
        assertThat(c.cosine()).isCloseTo(1.0, within(1e-9));
        // the head word decides among partial matches: an engineer title never maps to the developers' own title
        assertThat(t.classify("Mechanical Engineer").orElseThrow().best().code())
                .isEqualTo("17-2141.00");
    }
}
