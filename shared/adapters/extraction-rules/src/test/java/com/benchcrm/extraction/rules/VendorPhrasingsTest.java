package com.benchcrm.extraction.rules;

import static com.benchcrm.common.WorkAuthorization.CPT;
import static com.benchcrm.common.WorkAuthorization.E3;
import static com.benchcrm.common.WorkAuthorization.GC_EAD;
import static com.benchcrm.common.WorkAuthorization.GREEN_CARD;
import static com.benchcrm.common.WorkAuthorization.H1B;
import static com.benchcrm.common.WorkAuthorization.H4_EAD;
import static com.benchcrm.common.WorkAuthorization.L2_EAD;
import static com.benchcrm.common.WorkAuthorization.OPT_EAD;
import static com.benchcrm.common.WorkAuthorization.TN;
import static com.benchcrm.common.WorkAuthorization.US_CITIZEN;
import static com.benchcrm.requirement.InterviewMode.IN_PERSON;
import static com.benchcrm.requirement.InterviewMode.PHONE;
import static com.benchcrm.requirement.InterviewMode.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.RateUnit;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedVisa;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.WorkMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Phrasings vendors use for the interview and for work authorization, in anonymous sentences written
 * for this test: each case reads the grammar of the phrase (a list, a step of the process, a negation),
 * not the words of one mail.
 */
class VendorPhrasingsTest {

    final DeterministicExtractor rules =
            new DeterministicExtractor(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    ExtractedRequirement requirement(String lines) {
        List<ExtractedRequirement> found = rules.extract(ExtractionInput.ofText(
                        "Role: Java Developer\nLocation: Dallas, TX\nDuration: 12 months\n" + lines))
                .requirements();
        assertThat(found).as(lines).hasSize(1);
        return found.get(0);
    }

    List<InterviewMode> interview(String lines) {
        ExtractedRequirement r = requirement(lines);
        return r.interviewModes() == null ? List.of() : r.interviewModes().value();
    }

    ExtractedVisa visa(String lines) {
        ExtractedVisa v = requirement(lines).visa();
        assertThat(v).as(lines).isNotNull();
        return v;
    }

    @Nested
    class Interview {

        @Test
        void aStepAfterAnotherIsItsOwnMode_phoneScreenFollowedByOnsite() {
            assertThat(interview("Interview: Phone screen followed by onsite")).containsExactly(PHONE, IN_PERSON);
            assertThat(interview("The process is a phone screen followed by onsite with the manager."))
                    .containsExactly(PHONE, IN_PERSON);
            assertThat(interview("Video interview, then on-site final round")).containsExactly(VIDEO, IN_PERSON);
        }

        @Test
        void numberedRounds_eachRoundItsMode() {
            assertThat(interview("1st round phone, 2nd round in person")).containsExactly(PHONE, IN_PERSON);
            assertThat(interview("First round will be over Teams and the final round onsite at the client office"))
                    .containsExactly(VIDEO, IN_PERSON);
        }

        @Test
        void aRoundWithoutTheWordInterview_stillNamesTheMode() {
            assertThat(interview("Client round will be face to face")).containsExactly(IN_PERSON);
            assertThat(interview("Technical round over Zoom")).containsExactly(VIDEO);
        }

        @Test
        void shortFormsAndVideoTools() {
            assertThat(interview("Interview Mode: F2F")).containsExactly(IN_PERSON);
            assertThat(interview("Interview : Face-2-Face")).containsExactly(IN_PERSON);
            assertThat(interview("In-person final round with the director")).containsExactly(IN_PERSON);
            assertThat(interview("Interview via video call (Teams/Zoom/WebEx)")).containsExactly(VIDEO);
            assertThat(interview("Interview: Skype")).containsExactly(VIDEO);
            assertThat(interview("Webex interview with the hiring manager")).containsExactly(VIDEO);
        }

        @Test
        void aVideoCallIsNotAPhoneCall() {
            assertThat(interview("Interview: video call with the panel")).containsExactly(VIDEO);
        }

        @Test
        void negatedModesAreNotModes_noF2F_noInPerson() {
            assertThat(interview("Interview: Phone and Skype, no F2F")).containsExactly(PHONE, VIDEO);
            assertThat(interview("Interview will be on Teams, no in-person")).containsExactly(VIDEO);
            assertThat(interview("Interview: Video only, no face to face")).containsExactly(VIDEO);
            assertThat(interview("Interview: Webex; in-person interview not required"))
                    .containsExactly(VIDEO);
            assertThat(interview("Interview: no F2F")).isEmpty();
        }

        @Test
        void onsiteAboutTheJobIsNotAnInterviewMode() {
            ExtractedRequirement r = requirement("Onsite role from day 1.\nInterview: Video");
            assertThat(r.interviewModes().value()).containsExactly(VIDEO);
            assertThat(r.workMode().value()).isEqualTo(WorkMode.ONSITE);
            assertThat(interview("Interview: Phone. Must work onsite in Dallas, TX"))
                    .containsExactly(PHONE);
        }

        @Test
        void aPhoneNumberIsNotAPhoneInterview_butACountOfRoundsIsNoNumber() {
            assertThat(interview("For the interview slot call 555-010-0199 today"))
                    .isEmpty();
            assertThat(interview("Interview: phone (3 rounds)")).containsExactly(PHONE);
        }

        @Test
        void onlyAfterInPersonIsTheInterview_onlyAfterOnsiteIsTheJob() {
            assertThat(interview("Interview: in person only")).containsExactly(IN_PERSON);
            assertThat(interview("Interview: video; onsite only, locals")).containsExactly(VIDEO);
        }

        @Test
        void modesOnSeveralLinesOfTheProcessAreAllKept() {
            assertThat(interview("Interview: Phone\nThe final round will be face to face"))
                    .containsExactly(PHONE, IN_PERSON);
        }

        @Test
        void aSentenceAboutTheInterviewDoesNotHideTheWorkModeBesideIt() {
            ExtractedRequirement r = requirement("Hybrid role. Interview process: phone screen, then onsite panel");
            assertThat(r.workMode().value()).isEqualTo(WorkMode.HYBRID);
            assertThat(r.interviewModes().value()).containsExactly(PHONE, IN_PERSON);
            assertThat(requirement("We need someone onsite 3 days a week.\nInterview: Teams")
                            .workMode()
                            .value())
                    .isEqualTo(WorkMode.HYBRID);
        }

        @Test
        void stepsListedUnderAnInterviewHeading_areTheProcess_notTheWorkMode() {
            ExtractedRequirement r = requirement(
                    "Hybrid, 2 days a week in office\nInterview Process:\n1. Phone screen with the recruiter\n"
                            + "2. Technical video round\n3. Onsite with the manager\nSkills: Java, Spring Boot");
            assertThat(r.interviewModes().value()).containsExactly(PHONE, VIDEO, IN_PERSON);
            assertThat(r.workMode().value()).isEqualTo(WorkMode.HYBRID);
            ExtractedRequirement bullets = requirement("Interview Process:\n- Phone\n- Onsite");
            assertThat(bullets.interviewModes().value()).containsExactly(PHONE, IN_PERSON);
            assertThat(bullets.workMode()).isNull();
        }

        @Test
        void aListOfModesUnderTheLabel() {
            assertThat(interview("Mode of Interview: Phone/Onsite")).containsExactly(PHONE, IN_PERSON);
            assertThat(interview("Interview: Onsite")).containsExactly(IN_PERSON);
        }
    }

    @Nested
    class WorkAuthorizationLists {

        @Test
        void tnAtTheEndOfAList_isAStatus() {
            ExtractedVisa v = visa("Visa: USC, GC, GC-EAD, H4-EAD, TN");
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, TN);
            assertThat(v.excluded()).isEmpty();
        }

        @Test
        void e3AtTheEndOfAList_isAStatus() {
            assertThat(visa("Visa: USC, GC, H1B, TN, E3").accepted())
                    .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, H1B, TN, E3);
            assertThat(visa("Visa: USC/GC/GC EAD/H4 EAD/TN/E3").accepted())
                    .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, TN, E3);
        }

        @Test
        void statusesListedOnePerLineUnderAHeading_areOneList() {
            ExtractedVisa v = requirement("Visa:\nUSC\nGC\nTN\nSkills: Java").visa();
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, TN);
            assertThat(requirement("Work Authorization:\n- USC\n- GC\n- No OPT\nSkills: Java")
                            .visa()
                            .excluded())
                    .containsExactly(OPT_EAD);
        }

        @Test
        void slashListEndingInOnly() {
            assertThat(visa("Visa: USC / GC / H4 EAD / L2 EAD / TN only").accepted())
                    .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, H4_EAD, L2_EAD, TN);
        }

        @Test
        void tnAfterACityIsTheState_notAStatus() {
            ExtractedVisa v =
                    requirement("Work location: Nashville, TN; USC and GC only").visa();
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
        }

        @Test
        void anyVisaExceptAList_refusesEveryMember() {
            ExtractedVisa v = visa("Any visa except OPT, CPT");
            assertThat(v.excluded()).containsExactlyInAnyOrder(OPT_EAD, CPT);
            assertThat(v.accepted()).isEmpty();
        }

        @Test
        void transferOk_accepts() {
            assertThat(visa("Visa: H1B Transfer OK").accepted()).containsExactly(H1B);
        }

        @Test
        void onlyAndHolders_andCitizensWithAnAmpersand() {
            assertThat(visa("We need only USC and GC holders").accepted())
                    .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
            assertThat(visa("Visa: Citizens & Green Card").accepted())
                    .containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
        }

        @Test
        void refusals_noH1B_h1NotAccepted() {
            assertThat(visa("Visa: USC/GC. No H1B").excluded()).containsExactly(H1B);
            ExtractedVisa v = visa("Visa: GC, USC. H1 not accepted");
            assertThat(v.excluded()).containsExactly(H1B);
            assertThat(v.accepted()).containsExactlyInAnyOrder(GREEN_CARD, US_CITIZEN);
        }

        @Test
        void cannotSponsor_refusesNoNamedStatus_theRuleIsKeptAsWrittenOnly() {
            // "cannot sponsor" says no new petition; an H1B worker on a vendor's C2C needs none, so no status is
            // refused
            ExtractedVisa v = visa("Visa: USC/GC/H1B. Cannot sponsor.");
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, H1B);
            assertThat(v.excluded()).isEmpty();
            assertThat(v.terms()).contains("Cannot sponsor");
        }

        @Test
        void notPossible_refuses() {
            ExtractedVisa v = visa("Visa: USC/GC. H1B transfer is not possible");
            assertThat(v.excluded()).containsExactly(H1B);
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
        }

        @Test
        void c2cNotAllowedForH1_isAboutTheEmploymentTypeToo() {
            ExtractedVisa v = visa("Visa: USC/GC/H1B. C2C not allowed for H1B");
            assertThat(v.excluded()).isEmpty();
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD, H1B);
        }

        @Test
        void noC2cForH1_isAboutTheEmploymentType_H1bNeitherRefusedNorAccepted() {
            ExtractedVisa v = visa("Visa: USC/GC only, no C2C for H1");
            assertThat(v.excluded()).isEmpty();
            assertThat(v.accepted()).containsExactlyInAnyOrder(US_CITIZEN, GREEN_CARD);
            // the refusal of a status itself still counts
            assertThat(visa("Visa: USC/GC only, no H1").excluded()).containsExactly(H1B);
        }
    }

    @Nested
    class RatesAndDurations {

        ExtractedRequirement plain(String lines) {
            List<ExtractedRequirement> found = rules.extract(
                            ExtractionInput.ofText("Role: Java Developer\nLocation: Dallas, TX\n" + lines))
                    .requirements();
            assertThat(found).as(lines).hasSize(1);
            return found.get(0);
        }

        @Test
        void hourlyRateWithItsEmploymentType() {
            ExtractedRequirement r = plain("Rate is $60/hr on C2C");
            assertThat(r.rate().amount()).isEqualByComparingTo("60");
            assertThat(r.rate().unit()).isEqualTo(RateUnit.HOUR);
            assertThat(r.employmentType().value()).isEqualTo(EmploymentType.C2C);
        }

        @Test
        void aRangeWithAnHourlyUnit_isARateWithoutTheDollarSign() {
            ExtractedRequirement r = plain("Pay: 60-65/hr C2C");
            assertThat(r.rate().amount()).isEqualByComparingTo("60");
            assertThat(r.rate().maxAmount()).isEqualByComparingTo("65");
            assertThat(r.rate().unit()).isEqualTo(RateUnit.HOUR);
            assertThat(plain("We can pay 55 to 58 per hour on W2").rate().maxAmount())
                    .isEqualByComparingTo("58");
        }

        @Test
        void aRangeWithTheUnitAfterBothAmounts() {
            ExtractedRequirement r = plain("Pay: $55/hr - $60/hr (C2C)");
            assertThat(r.rate().amount()).isEqualByComparingTo("55");
            assertThat(r.rate().maxAmount()).isEqualByComparingTo("60");
            assertThat(plain("Rate: $70 per hour to $75 per hour on W2").rate().maxAmount())
                    .isEqualByComparingTo("75");
            // two rates for two employment types are no range
            assertThat(plain("Pay rate: $55/hr on W2 or $65/hr on C2C").rate().maxAmount())
                    .isNull();
        }

        @Test
        void upToIsTheCeiling() {
            ExtractedRequirement r = plain("Pay rate: up to $70 per hour W2");
            assertThat(r.rate().maxAmount()).isEqualByComparingTo("70");
            assertThat(r.rate().unit()).isEqualTo(RateUnit.HOUR);
            assertThat(r.employmentType().value()).isEqualTo(EmploymentType.W2);
        }

        @Test
        void maxAfterTheAmountIsTheCeilingToo() {
            assertThat(plain("Rate: $65/hr C2C (max)").rate().maxAmount()).isEqualByComparingTo("65");
            assertThat(plain("Rate: $60/hr, max 65/hr").rate().amount()).isEqualByComparingTo("60");
        }

        @Test
        void doeStatesNoAmount() {
            assertThat(plain("Rate: DOE").rate()).isNull();
        }

        @Test
        void monthsAsVendorsWriteThem() {
            assertThat(plain("Duration: 6+ months").durationMonths().value()).isEqualTo(6);
            assertThat(plain("Duration: 12 months with possible extension")
                            .durationMonths()
                            .value())
                    .isEqualTo(12);
            assertThat(plain("This is a 9 month contract with possible extension")
                            .durationMonths()
                            .value())
                    .isEqualTo(9);
        }

        @Test
        void longTermWithoutMonths() {
            ExtractedRequirement r = plain("Duration: Long term");
            assertThat(r.longTerm().value()).isTrue();
            assertThat(r.durationMonths()).isNull();
        }

        @Test
        void contractToHire_isNotAPermanentHire() {
            ExtractedRequirement r = plain("Duration: 6 months contract to hire");
            assertThat(r.durationMonths().value()).isEqualTo(6);
            assertThat(r.employmentType()).isNull();
        }
    }

    @Test
    void aRateRange_offersUpToItsTop_asTheRequirementsBudget() {
        var range = com.benchcrm.ingest.RequirementMapper.input(requirement("Rate: $60-65/hr on C2C\n"));
        assertThat(range.budget().amount()).isEqualByComparingTo("65");
        assertThat(range.budget().unit()).isEqualTo(RateUnit.HOUR);

        var single = com.benchcrm.ingest.RequirementMapper.input(requirement("Rate: $70/hr C2C\n"));
        assertThat(single.budget().amount()).isEqualByComparingTo("70");
    }

    @Test
    void aLengthInMonthsBeforeTheRate_isNoRate() {
        var r = rules.extract(ExtractionInput.ofText("Hi Partner,\n\nWe are looking for a Senior Python Developer with"
                        + " Django experience for our client in Austin, TX. This is a 6 month contract with"
                        + " possible extension, paying $55/hr on W2. Only USC and GC holders please.\n\n"
                        + "Best regards,\nChris Example\n"))
                .requirements()
                .get(0);

        assertThat(r.rate().amount()).isEqualByComparingTo("55");
        assertThat(r.rate().unit()).isEqualTo(RateUnit.HOUR);
        assertThat(r.durationMonths().value()).isEqualTo(6);
        // an amount per month is still one
        assertThat(requirement("Pay: 9000 per month on W2\n").rate().unit()).isEqualTo(RateUnit.MONTH);
    }
}
