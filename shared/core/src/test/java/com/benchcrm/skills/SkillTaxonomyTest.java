package com.benchcrm.skills;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.SkillNames;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaxonomyTest {

    static final SkillTaxonomy T = SkillTaxonomy.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "k8s | Kubernetes",
                "K8S | Kubernetes",
                "kubernetes | Kubernetes",
                "ReactJS | React",
                "React.js | React",
                "react js | React",
                ".NET Core | .NET Core",
                "dotnet core | .NET Core",
                ".net core | .NET Core",
                "Spring Boot | Spring Boot",
                "springboot | Spring Boot",
                "Spring-Boot | Spring Boot",
                "SFDC | Salesforce",
                "Sales force | Salesforce",
                "salesforce.com | Salesforce",
                "Node.js | Node.js",
                "NODEJS | Node.js",
                "golang | Go",
                "C# | C#",
                "csharp | C#",
                "C++ | C++",
                "Java 8 | Java",
                "HTML5 | HTML",
                "CSS3 | CSS",
                "Oracle 11g | Oracle Database",
                "SQL Server 2016 | SQL Server",
                "Angular 2+ | Angular",
                "MS SQL | SQL Server",
                "postgres | PostgreSQL",
                "AWS | AWS",
                "Amazon Web Services | AWS",
                "VF page | Visualforce",
                "Force.com | Force.com",
                "J2EE | J2EE",
                "use case | Use Cases",
                "EKS | Amazon EKS"
            })
    void find_recruiterSpellings_mapToTheCanonicalSkill(String typed, String canonical) {
        assertThat(T.find(typed)).as(typed).map(Skill::name).contains(canonical);
    }

    @Test
    void skillNamesKey_aliasesOfOneSkill_shareTheKey_unknownNamesFallBackToLowerCase() {
        assertThat(SkillNames.key("k8s"))
                .isEqualTo(SkillNames.key("Kubernetes"))
                .isEqualTo("kubernetes");
        assertThat(SkillNames.key("ReactJS")).isEqualTo("react");
        assertThat(SkillNames.key("SFDC")).isEqualTo("salesforce");
        assertThat(SkillNames.key("  Some  Inhouse   Tool ")).isEqualTo("some inhouse tool");
    }

    @Test
    void find_parentsAndCategories_areKept() {
        assertThat(T.find("Spring Boot").orElseThrow().parentId()).isEqualTo("spring");
        assertThat(T.find(".NET Core").orElseThrow().parentId()).isEqualTo("dotnet");
        assertThat(T.find("Kubernetes").orElseThrow().category()).isEqualTo("devops");
        assertThat(T.find("Communication").orElseThrow().generic()).isTrue();
    }

    @Test
    void scan_runningText_findsNamesWithOffsetsAndLongestMatch() {
        String text = "Need a Java/J2EE developer with Spring Boot, k8s and Sales force (SFDC) on AWS.";
        List<SkillMention> found = T.scan(text);

        assertThat(found)
                .extracting(m -> m.skill().name())
                .containsExactly("Java", "J2EE", "Spring Boot", "Kubernetes", "Salesforce", "Salesforce", "AWS");
        SkillMention sf = found.get(4);
        assertThat(text.substring(sf.start(), sf.end())).isEqualTo("Sales force");
    }

    @Test
    void scan_commonWordsThatAreAlsoProducts_needTheExactNameMidSentence() {
        assertThat(T.scan("Please go ahead and access the spring schedule.")).isEmpty();
        assertThat(T.scan("Backend in Go and Python"))
                .filteredOn(m -> !m.skill().generic())
                .extracting(m -> m.skill().name())
                .containsExactly("Back-End Development", "Go", "Python");
        assertThat(T.scan("go, chef, puppet", true))
                .extracting(m -> m.skill().name())
                .containsExactly("Go", "Chef", "Puppet");
    }

    @Test
    void scan_symbolsAreNotSwallowed_cIsNotCSharp() {
        assertThat(T.scan("C#, C++ and C, plus .NET", true))
                .extracting(m -> m.skill().name())
                .containsExactly("C#", "C++", "C", ".NET");
        assertThat(T.scan("Strong C#/.NET skills"))
                .extracting(m -> m.skill().name())
                .containsExactly("C#", ".NET");
    }

    @Test
    void scan_aNameJoinedByADot_mayEndBeforeASlash_butNotASpacedNameInsideACompound() {
        assertThat(T.scan("ASP.NET/C#, VB.NET/SQL Server", true))
                .extracting(m -> m.skill().name())
                .containsExactly("ASP.NET", "C#", "VB.NET", "SQL Server");
        assertThat(T.resolveListItem("ASP.NET/C#")).extracting(Skill::name).containsExactly("ASP.NET", "C#");
        // the alias "Jenkins CI" would end inside "CI/CD": Jenkins, then the compound
        assertThat(T.scan("Jenkins CI/CD pipelines", true))
                .extracting(m -> m.skill().name())
                .containsExactly("Jenkins", "CI/CD");
    }

    @Test
    void scan_runningText_gradesLettersAndObscureShortFormsAreNotSkills() {
        // a grade, a truncated civil-service title, a department called "... Connect", a "Central Office"
        assertThat(T.scan("Computer Service Technician, level II"))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        assertThat(T.scan("Title: COMPUTER SERVICE TECHNICIAN (C"))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        assertThat(T.scan("Unit: IT AUTOMATION AND MONITORING E"))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        assertThat(T.scan("Division: HHS Connect-NM"))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        assertThat(T.scan("Work unit: WEC/Central Office CIS"))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        // NX-OS is no obscure "NX" product: it is the Nexus switches' system (taxonomy 2026.12.16)
        assertThat(T.scan("Cisco switches running NX-OS"))
                .extracting(m -> m.skill().name())
                .containsExactly("Cisco", "Cisco Nexus");
        // the same short forms still count where a list or the full name says so
        assertThat(T.scan("Strong C and Python"))
                .extracting(m -> m.skill().name())
                .containsExactly("C", "Python");
        assertThat(T.scan("Languages: Java/C, shell"))
                .extracting(m -> m.skill().name())
                .contains("Java", "C");
        // each a list item of its own (ADR 0112: inside a longer item an obscure product's short form needs more)
        for (String item : List.of("connect", "central", "nx")) {
            assertThat(T.scan(item, true)).as(item).hasSize(1);
        }
        assertThat(T.scan("5+ years on Sales force applications (Lightning is a must-have.)"))
                .extracting(m -> m.skill().name())
                .contains("Salesforce Lightning");
        assertThat(T.scan("Expect Lightning delivery."))
                .filteredOn(m -> !m.skill().generic())
                .isEmpty();
        assertThat(T.scan("Hosted meetings on Adobe Connect"))
                .extracting(m -> m.skill().name())
                .containsExactly("Adobe Connect");
    }

    @Test
    void scan_list_obscureShortFormsInsideALongerItem_areWords() {
        // ADR 0112, read on real resumes: "etc" is no Electronic Time Clock, "Fast learner" no Final approach
        // spacing tool, "SQL Navigator" (Quest's tool) no Bentley Navigator, "PAN" no Pan, "Gas" no Unix Assembly
        for (String item : List.of(
                "Doctor Details, In Patient, Out Patient etc.",
                "Fast learner",
                "SQL Navigator",
                "Coordinator for the complete IT setup on PAN India",
                "Gas Request")) {
            assertThat(T.scan(item, true))
                    .as(item)
                    .extracting(m -> m.skill().name())
                    .doesNotContain(
                            "Electronic Time Clock",
                            "Final approach spacing tool",
                            "Bentley Navigator",
                            "Pan",
                            "Unix Assembly");
        }
        // the product written as its own item, or with its maker, still counts
        assertThat(T.scan("ETC", true)).extracting(m -> m.skill().name()).containsExactly("Electronic Time Clock");
        assertThat(T.scan("Bentley Navigator", true))
                .extracting(m -> m.skill().name())
                .containsExactly("Bentley Navigator");
        // curated short forms keep counting inside an item, as vendors write them
        assertThat(T.scan("QA Automation", true))
                .extracting(m -> m.skill().name())
                .containsExactly("Quality Assurance", "Test Automation");
        assertThat(T.scan("angular java scala CI devops", true))
                .extracting(m -> m.skill().name())
                .contains("CI/CD", "Java");
        assertThat(T.scan("MS BI", true)).extracting(m -> m.skill().name()).contains("Business Intelligence");
    }

    @Test
    void scan_oneLetterNames_onlyAsWordsOfTheirOwn() {
        for (String text : List.of(
                "B.Tech From a JNTU college",
                "Web Logic 9.x, 10.x",
                "D-Link switches, Cisco",
                "Texas A&M University",
                "ERP SAP R/3 4.7",
                "Platform: Linux V 6.2",
                "R&D, testing")) {
            assertThat(T.scan(text, true))
                    .as(text)
                    .extracting(m -> m.skill().name())
                    .doesNotContain("B", "Twitter", "D", "M", "R", "V");
        }
        assertThat(T.scan("C Linux Storage", true))
                .extracting(m -> m.skill().name())
                .contains("C", "Linux");
        assertThat(T.scan("Java/C/C++", true)).extracting(m -> m.skill().name()).contains("Java", "C", "C++");
        assertThat(T.scan("Strong SQL and R."))
                .extracting(m -> m.skill().name())
                .contains("SQL", "R");
    }

    @Test
    void scan_aNameBeforeASlashThatJoinsTwoNames_isWhole() {
        assertThat(T.scan("Linux - Various Flavors (Red Hat/Fedora /CentOS/Debian)", true))
                .extracting(m -> m.skill().name())
                .contains("Red Hat", "Fedora")
                .doesNotContain("Red");
        // a slash compound that is itself a name still ends the longer name before it
        assertThat(T.scan("Jenkins CI/CD pipelines", true))
                .extracting(m -> m.skill().name())
                .contains("Jenkins", "CI/CD");
    }

    @Test
    void find_wordsThatNameSeveralThings_goToTheOneRecruitersMean() {
        // ADR 0112: Eclipse is the IDE (not the ECLiPSe constraint language), Flex is Apache Flex (not Lex),
        // "progress" and "deployment" are words, not OpenEdge ABL and Release Management
        assertThat(T.find("Eclipse").orElseThrow().parentId()).isEqualTo("ide");
        assertThat(T.find("Flex").map(Skill::name)).contains("Apache Flex");
        assertThat(T.find("Lex").map(Skill::name)).contains("Lex");
        assertThat(T.scan("Preparing weekly progress report and charts, deployment of the release."))
                .extracting(m -> m.skill().name())
                .doesNotContain("OpenEdge ABL", "Release Management", "Highcharts");
        assertThat(T.scan("Progress OpenEdge ABL, Release Management", true))
                .extracting(m -> m.skill().name())
                .containsExactly("OpenEdge ABL", "Release Management");
    }

    @Test
    void resolveListItem_fillerWordsAndCompounds() {
        assertThat(T.resolveListItem("5+ years experience with Java"))
                .extracting(Skill::name)
                .containsExactly("Java");
        assertThat(T.resolveListItem("linux/unix")).extracting(Skill::name).containsExactly("Linux");
        assertThat(T.resolveListItem("Unix, Linux")).extracting(Skill::name).containsExactly("Unix", "Linux");
        assertThat(T.resolveListItem("business inteligence"))
                .extracting(Skill::name)
                .containsExactly("Business Intelligence");
        assertThat(T.resolveListItem("see job description")).isEmpty();
    }

    @Test
    void version_isTheDataFilesVersion() {
        assertThat(T.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        assertThat(T.size()).isGreaterThan(5000);
    }

    @Test
    void aCredentialsNameNamesNoJob_aJobWordStillDoes() {
        List<SkillMention> cert =
                T.scan("ServiceNow Certified System Administrator (CSA), Certified Scrum Master", true);
        assertThat(cert).extracting(m -> m.skill().name()).contains("ServiceNow Certified System Administrator", "CSM");
        assertThat(cert).noneMatch(SkillMention::namesAJob);

        assertThat(T.scan("Java Developer", true))
                .filteredOn(m -> m.text().equalsIgnoreCase("Developer"))
                .allMatch(SkillMention::namesAJob);
        assertThat(new SkillMention(T.find("Software Development").orElseThrow(), 0, 9, "Developer").namesAJob())
                .isTrue();
    }

    @Test
    void agileSlashScrum_isBoth() {
        assertThat(T.scan("Agile/Scrum experience required", true))
                .extracting(m -> m.skill().name())
                .contains("Agile", "Scrum");
    }

    @Test
    void sdWan_isItsOwnSkillUnderSdn() {
        Skill sdWan = T.scan("Roll out SD-WAN (Viptela) to the branches", true).stream()
                .map(SkillMention::skill)
                .filter(s -> s.name().startsWith("SD"))
                .findFirst()
                .orElseThrow();
        assertThat(sdWan.name()).isEqualTo("SD-WAN");
        assertThat(sdWan.parentId()).isEqualTo(T.find("SDN").orElseThrow().id());
    }

    @Test
    void fineTuning_isAModelsInAList_andNothingInRunningText() {
        // real resumes: "performance testing of the ESB flows ... and for fine-tuning", "fine tuning and escalating
        // Security events"; before, "tuning" made them Performance Tuning
        assertThat(T.scan("Performance testing of the ESB flows for memory leakage and for fine-tuning."))
                .extracting(m -> m.skill().name())
                .doesNotContain("Performance Tuning", "LLM Fine-Tuning");
        assertThat(T.scan("Python (pandas, PyTorch), NLP and LLMs (fine-tuning, RAG)", true))
                .extracting(m -> m.skill().name())
                .contains("LLM Fine-Tuning");
        assertThat(T.scan("Maintain recruitment progress report through RAG."))
                .extracting(m -> m.skill().name())
                .doesNotContain("Retrieval-Augmented Generation");
        assertThat(T.scan("Built RAG pipelines on Amazon Bedrock"))
                .extracting(m -> m.skill().name())
                .contains("Retrieval-Augmented Generation");
    }
}
