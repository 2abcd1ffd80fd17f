package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractedVisa;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeterministicExtractorTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement only(String mail) {
        RequirementExtraction r = rules.extract(Mails.input(mail));
        assertThat(r.requirements()).as(mail).hasSize(1);
        return r.requirements().get(0);
    }

    @Test
    void plainRequirement_everyFieldWithItsSource() {
        ExtractedRequirement r = only("plain-requirement.eml");

        assertThat(r.title().value()).isEqualTo("Senior Java Developer");
        assertThat(r.title().source()).isEqualTo("Role: Senior Java Developer");
        assertThat(r.normalizedTitle().value()).isEqualTo("Java Developer");
        assertThat(r.seniority().value()).isEqualTo(Seniority.SENIOR);
        assertThat(r.minYears().value()).isEqualByComparingTo("10");
        assertThat(r.locations()).singleElement().satisfies(l -> {
            assertThat(l.city()).isEqualTo("Dallas");
            assertThat(l.state()).isEqualTo("TX");
            assertThat(l.country()).isEqualTo("US");
            assertThat(l.source()).isEqualTo("Location: Dallas, TX (Hybrid, 3 days onsite)");
        });
        assertThat(r.workMode().value()).isEqualTo(WorkMode.HYBRID);
        assertThat(r.durationMonths().value()).isEqualTo(12);
        assertThat(r.rate().amount()).isEqualByComparingTo("65");
        assertThat(r.rate().unit()).isEqualTo(RateUnit.HOUR);
        assertThat(r.rate().currency()).isEqualTo("USD");
        assertThat(r.employmentType().value()).isEqualTo(EmploymentType.C2C);
        assertThat(r.visa().accepted())
                .containsExactlyInAnyOrder(
                        WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD, WorkAuthorization.H1B);
        assertThat(r.client().value()).isEqualTo("Example Bank");
        assertThat(r.interviewModes().value()).containsExactly(InterviewMode.PHONE, InterviewMode.VIDEO);
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "Java",
                        "Spring Boot",
                        "Microservices",
                        "Kafka",
                        "AWS",
                        "Kubernetes",
                        "SQL",
                        "React",
                        "Angular");
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("React"))
                .singleElement()
                .matches(s -> !s.required());
        assertThat(r.skills())
                .filteredOn(s -> s.name().equals("Java"))
                .singleElement()
                .matches(s -> s.required() && s.years() != null && s.years().intValue() == 10);
        assertThat(r.vendorContact().name()).isEqualTo("Jordan Vendor");
        assertThat(r.vendorContact().phone()).isEqualTo("555-010-0101");
        assertThat(r.vendorCompany().value()).isEqualTo("Vendor One Staffing");
    }

    @Test
    void htmlOnlyMail_remoteW2WithVisaList() {
        ExtractedRequirement r = only("html-only.eml");

        assertThat(r.normalizedTitle().value()).isEqualTo("DevOps Engineer");
        assertThat(r.workMode().value()).isEqualTo(WorkMode.REMOTE);
        assertThat(r.durationMonths().value()).isEqualTo(6);
        assertThat(r.visa().accepted())
                .containsExactlyInAnyOrder(
                        WorkAuthorization.H4_EAD, WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD);
        assertThat(r.rate().amount()).isEqualByComparingTo("70");
        assertThat(r.employmentType().value()).isEqualTo(EmploymentType.W2);
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Terraform", "Ansible", "Jenkins", "CI/CD", "Docker", "Kubernetes");
    }

    @Test
    void hotList_threeRequirements_eachWithItsOwnFields() {
        RequirementExtraction x = rules.extract(Mails.input("hot-list.eml"));

        assertThat(x.requirements())
                .extracting(r -> r.normalizedTitle().value())
                .containsExactly("Python Developer", "QA Automation Engineer", "Business Analyst");
        ExtractedRequirement python = x.requirements().get(0);
        assertThat(python.locations())
                .singleElement()
                .matches(l -> "Atlanta".equals(l.city()) && "GA".equals(l.state()));
        assertThat(python.workMode().value()).isEqualTo(WorkMode.HYBRID);
        assertThat(python.rate().amount()).isEqualByComparingTo("60");
        assertThat(python.skills())
                .extracting(ExtractedSkill::name)
                .containsExactly("Python", "Django", "AWS", "PostgreSQL");
        ExtractedRequirement qa = x.requirements().get(1);
        assertThat(qa.workMode().value()).isEqualTo(WorkMode.REMOTE);
        assertThat(qa.durationMonths().value()).isEqualTo(6);
        assertThat(qa.visa().accepted())
                .containsExactly(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD, WorkAuthorization.H1B);
        assertThat(qa.rate()).isNull();
        ExtractedRequirement ba = x.requirements().get(2);
        assertThat(ba.minYears().value()).isEqualByComparingTo("6");
        assertThat(ba.locations()).singleElement().matches(l -> "Columbus".equals(l.city()) && "OH".equals(l.state()));
        assertThat(ba.workMode().value()).isEqualTo(WorkMode.ONSITE);
        assertThat(x.requirements())
                .allMatch(r -> "Pat Hotlist".equals(r.vendorContact().name()));
    }

    @Test
    void forwardedMail_vendorIsTheOriginalSender() {
        ExtractedRequirement r = only("forward-inline.eml");

        assertThat(r.normalizedTitle().value()).isEqualTo(".NET Core Developer");
        assertThat(r.locations()).singleElement().matches(l -> "Charlotte".equals(l.city()) && "NC".equals(l.state()));
        assertThat(r.workMode().value()).isEqualTo(WorkMode.ONSITE);
        assertThat(r.vendorContact().email()).isEqualTo("morgan@prime-vendor.example.com");
        assertThat(r.vendorContact().name()).isEqualTo("Morgan Prime");
        assertThat(r.vendorCompany().value()).isEqualTo("Prime Vendor Inc");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(".NET Core", "C#", "ASP.NET Core", "Azure", "SQL Server");
    }

    @Test
    void rfc822Forward_isExtractedFromTheAttachedMessage() {
        ExtractedRequirement r = only("forward-rfc822.eml");

        assertThat(r.normalizedTitle().value()).isEqualTo("Salesforce Administrator");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains("Salesforce", "Salesforce Sales Cloud", "Salesforce Service Cloud", "Apex");
        assertThat(r.vendorContact().email()).isEqualTo("taylor@partner-four.example.com");
    }

    @Test
    void repliesNewslettersAndAutoReplies_yieldNoRequirement() {
        assertThat(rules.extract(Mails.input("reply.eml")).requirements()).isEmpty();
        assertThat(rules.extract(Mails.input("newsletter.eml")).requirements()).isEmpty();
        assertThat(rules.extract(Mails.input("out-of-office.eml")).requirements())
                .isEmpty();
    }

    @Test
    void promptInjection_isJustText_theFieldsAreThoseOfTheMailWithoutIt() {
        ExtractionInput withInjection = Mails.input("injection.eml");
        String clean = withInjection
                .body()
                .replaceAll("(?s)IGNORE PREVIOUS INSTRUCTIONS.*", "")
                .strip();
        ExtractionInput without =
                new ExtractionInput(withInjection.subject(), clean, withInjection.signature(), withInjection.sender());

        ExtractedRequirement a = rules.extract(withInjection).requirements().get(0);
        ExtractedRequirement b = rules.extract(without).requirements().get(0);

        assertThat(rules.extract(withInjection).requirements()).hasSize(1);
        assertThat(a.title()).isEqualTo(b.title());
        assertThat(a.skills()).isEqualTo(b.skills());
        assertThat(a.rate()).isNull();
        assertThat(a.visa()).isNull();
        assertThat(a.workMode()).isEqualTo(b.workMode());
        assertThat(a.durationMonths()).isEqualTo(b.durationMonths());
    }

    @Test
    void pastedText_withoutSubjectOrSignature() {
        RequirementExtraction x = rules.extract(ExtractionInput.ofText(
                "Job Title: Sr. React Developer\nLocation: Seattle, WA (Remote OK)\nDuration: 1 year\nRate: $75-80/hr C2C\n"
                        + "Must have: ReactJS, TypeScript, GraphQL\nNice to have: k8s"));

        ExtractedRequirement r = x.requirements().get(0);
        assertThat(r.normalizedTitle().value()).isEqualTo("React Developer");
        assertThat(r.seniority()).isEqualTo(Sourced.of(Seniority.SENIOR, "Job Title: Sr. React Developer"));
        assertThat(r.durationMonths().value()).isEqualTo(12);
        assertThat(r.rate().amount()).isEqualByComparingTo("75");
        assertThat(r.rate().maxAmount()).isEqualByComparingTo("80");
        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .containsExactly("React", "TypeScript", "GraphQL", "Kubernetes");
        assertThat(r.skills().get(3).required()).isFalse();
        assertThat(x.engine()).isEqualTo("rules");
        assertThat(x.taxonomyVersion()).isNotBlank();
    }

    @Test
    void platformModules_listedWithoutThePlatform_areThePlatformsModules_eachItsOwnSkill() {
        ExtractedRequirement r = rules.extract(ExtractionInput.ofText(
                        "Job Title: ServiceNow Developer\nLocation: Durham, NC\nServiceNow skills: ITSM, ITOM, HRSD, Service Portal, IntegrationHub\n"
                                + "Experience leading ITSM process improvements is a plus."))
                .requirements()
                .get(0);
        ExtractedRequirement sf = rules.extract(
                        ExtractionInput.ofText(
                                "Job Title: Salesforce Developer\nLocation: Remote\nMust have: Salesforce, Apex, LWC, Flows, DX, Sales Cloud, Service Cloud, OmniStudio, CPQ"))
                .requirements()
                .get(0);

        assertThat(r.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "ServiceNow ITSM",
                        "ServiceNow ITOM",
                        "ServiceNow HRSD",
                        "ServiceNow Service Portal",
                        "ServiceNow IntegrationHub");
        assertThat(sf.skills())
                .extracting(ExtractedSkill::name)
                .contains(
                        "Salesforce Flow",
                        "Salesforce DX",
                        "Salesforce Sales Cloud",
                        "Salesforce Service Cloud",
                        "Salesforce OmniStudio",
                        "Salesforce CPQ");
        assertThat(rules.extract(
                                ExtractionInput.ofText(
                                        "Job Title: Service Desk Analyst\nLocation: Austin, TX\nSkills: ITSM, Active Directory"))
                        .requirements()
                        .get(0)
                        .skills())
                .extracting(ExtractedSkill::name)
                .contains("ITIL")
                .doesNotContain("ServiceNow ITSM");
    }

    @Test
    void tableDigest_oneRequirementPerRow_sharedChainAndTerms_nothingBleeds() {
        RequirementExtraction x = rules.extract(Mails.input("vendor-chain-digest.eml"));

        assertThat(x.requirements())
                .extracting(r -> r.normalizedTitle().value())
                .containsExactly("Salesforce Developer", "Java Developer");
        ExtractedRequirement sf = x.requirements().get(0);
        ExtractedRequirement java = x.requirements().get(1);
        assertThat(sf.seniority().value()).isEqualTo(Seniority.SENIOR);
        assertThat(sf.title().value()).isEqualTo("Sr. Salesforce Developer");
        assertThat(sf.longTerm().value()).isTrue();
        assertThat(sf.durationMonths()).isNull();
        assertThat(java.durationMonths().value()).isEqualTo(12);
        assertThat(java.longTerm()).isNull();
        assertThat(sf.skills())
                .extracting(ExtractedSkill::name)
                .containsExactlyInAnyOrder(
                        "Salesforce",
                        "Salesforce Sales Cloud",
                        "Salesforce Service Cloud",
                        "Apex",
                        "Salesforce Lightning",
                        "SOQL");
        assertThat(java.skills())
                .extracting(ExtractedSkill::name)
                .containsExactlyInAnyOrder("Java", "Spring Boot", "Kafka", "AWS");
        assertThat(java.skills())
                .filteredOn(k -> k.name().equals("Java"))
                .singleElement()
                .extracting(ExtractedSkill::version)
                .isEqualTo("17");
        assertThat(java.skills())
                .filteredOn(k -> k.name().equals("Spring Boot"))
                .singleElement()
                .extracting(ExtractedSkill::version)
                .isEqualTo("3");
        assertThat(sf.locations())
                .singleElement()
                .matches(l -> "Minneapolis".equals(l.city()) && "MN".equals(l.state()));
        assertThat(java.locations())
                .singleElement()
                .matches(l -> "Hartford".equals(l.city()) && "CT".equals(l.state()));
        for (ExtractedRequirement r : x.requirements()) {
            assertThat(r.visa().accepted())
                    .containsExactlyInAnyOrder(
                            WorkAuthorization.US_CITIZEN,
                            WorkAuthorization.GREEN_CARD,
                            WorkAuthorization.H1B,
                            WorkAuthorization.GC_EAD,
                            WorkAuthorization.H4_EAD,
                            WorkAuthorization.L2_EAD);
            assertThat(r.visa().excluded()).containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
            assertThat(r.endClient().value()).isEqualTo("Acme Mutual Insurance");
            assertThat(r.implementationPartner().value()).isEqualTo("Helix IT Partners");
            assertThat(r.interviewModes().value()).containsExactly(InterviewMode.PHONE, InterviewMode.VIDEO);
            assertThat(r.employmentType().value()).isEqualTo(EmploymentType.C2C);
            assertThat(r.vendorCompany().value()).isEqualTo("Summitview Consulting LLC");
            assertThat(r.vendorContact().name()).isEqualTo("Parker Exemplar");
            assertThat(r.vendorContact().phone()).isEqualTo("555-010-3392");
            // the documents the vendor asks for are not skills
            assertThat(r.skills()).extracting(ExtractedSkill::name).doesNotContain("Linkedin", "Deep Learning");
        }
    }

    @Test
    void workAuthorization_negationReachesItsStatusesOnly() {
        assertThat(visaOf("Visa: USC/GC/H1B/EADs (No OPT/CPT)").excluded())
                .containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
        assertThat(visaOf("Visa: USC/GC/H1B/EADs (No OPT/CPT)").accepted())
                .contains(WorkAuthorization.GC_EAD, WorkAuthorization.H4_EAD, WorkAuthorization.L2_EAD)
                .doesNotContain(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
        assertThat(visaOf("Visa: Any visa except OPT and CPT").accepted()).isEmpty();
        assertThat(visaOf("Visa: Any visa except OPT and CPT").excluded())
                .containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
        assertThat(visaOf("Visa: USC/GC only, no H1B").accepted())
                .containsExactlyInAnyOrder(WorkAuthorization.US_CITIZEN, WorkAuthorization.GREEN_CARD);
        assertThat(visaOf("Visa: USC/GC only, no H1B").excluded()).containsExactly(WorkAuthorization.H1B);
        assertThat(visaOf("Note: we cannot work with OPT, CPT or H1B transfer candidates.")
                        .excluded())
                .containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT, WorkAuthorization.H1B);
        assertThat(visaOf("Candidates on H1B, GC and USC can apply; OPT/CPT will not be considered")
                        .accepted())
                .containsExactlyInAnyOrder(
                        WorkAuthorization.H1B, WorkAuthorization.GREEN_CARD, WorkAuthorization.US_CITIZEN);
        assertThat(visaOf("Candidates on H1B, GC and USC can apply; OPT/CPT will not be considered")
                        .excluded())
                .containsExactlyInAnyOrder(WorkAuthorization.OPT_EAD, WorkAuthorization.CPT);
        // the verbs vendors use to refuse: "can't do", "do not process", "won't submit"
        assertThat(visaOf("Can't do H1B / OPT").excluded())
                .containsExactlyInAnyOrder(WorkAuthorization.H1B, WorkAuthorization.OPT_EAD);
        assertThat(visaOf("Can't do H1B / OPT").accepted()).isEmpty();
        assertThat(visaOf("We do not process CPT; USC and GC are fine").excluded())
                .containsExactly(WorkAuthorization.CPT);
        // "L2 support" is a support tier, not a visa
        ExtractedRequirement l2 = rules.extract(
                        ExtractionInput.ofText("Role: Production Support Engineer\nLocation: Dallas, TX\n"
                                + "Provide L2 support for the trading platform."))
                .requirements()
                .get(0);
        assertThat(l2.visa()).isNull();
    }

    private ExtractedVisa visaOf(String line) {
        return rules.extract(ExtractionInput.ofText("Role: Java Developer\nLocation: Dallas, TX\n" + line))
                .requirements()
                .get(0)
                .visa();
    }

    @Test
    void sameInput_sameOutput() {
        assertThat(rules.extract(Mails.input("hot-list.eml"))).isEqualTo(rules.extract(Mails.input("hot-list.eml")));
    }

    @Test
    void aTitleLinesBracketOfTechnologies_isItsSkills_butNotAnyBracket() {
        var r = rules.extract(ExtractionInput.ofText("Req ID 4471\nMainframe Developer (COBOL, JCL, DB2, CICS)\n"
                        + "Location: Phoenix, AZ - Onsite 5 days\nDuration: 18 months\nBill rate: $58/hr\n"))
                .requirements()
                .get(0);
        assertThat(r.normalizedTitle().value()).isEqualTo("Mainframe Developer");
        // the title's line is not read again as running text: COBOL, JCL, DB2 and CICS were lost
        assertThat(r.skills()).extracting(ExtractedSkill::name).contains("COBOL", "JCL", "DB2", "CICS");

        var c2c = rules.extract(ExtractionInput.ofText(
                        "Java Developer (C2C)\nLocation: Phoenix, AZ\nDuration: 18 months\nSkills: Java, Spring\n"))
                .requirements()
                .get(0);
        // "C2C" read as a list item was the C language, version "2C"
        assertThat(c2c.skills()).extracting(ExtractedSkill::name).containsExactly("Java", "Spring");
    }
}
