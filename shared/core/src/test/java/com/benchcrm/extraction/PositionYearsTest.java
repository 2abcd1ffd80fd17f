package com.benchcrm.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PositionYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String years(String text) {
        return PositionYears.of(text, TODAY).map(c -> c.years().toPlainString()).orElse(null);
    }

    @Test
    void indeedLayout_presentIsToday_closedRangesCountTheirMonths() {
        String resume = """
                Sample Person
                QA Analyst - Example Bank

                WORK EXPERIENCE

                QA Analyst
                Example Bank - Dallas, TX -
                January 2021 to Present

                Test Engineer
                Sample Systems -
                March 2018 to December 2020

                EDUCATION

                B.Tech in Computer Science
                Sample Institute of Technology
                2014 to 2018
                """;
        // Jan 2021 - Dec 2026 is 72 months, Mar 2018 - Dec 2020 is 34: 106 months; the degree is not work
        assertThat(years(resume)).isEqualTo("8.8");
        PositionYears.Counted c = PositionYears.of(resume, TODAY).orElseThrow();
        assertThat(c.positions()).isEqualTo(2);
        assertThat(c.source()).isEqualTo("January 2021 to Present");
    }

    @Test
    void overlappingPositionsCountOnce_yearOnlyRangesCountTheDifference() {
        String resume = """
                EXPERIENCE
                Senior Developer, Example Corp, 2015 - 2020
                Consultant (weekends), Sample LLC, 2017 - 2019
                Developer | Other Co | 06/2012 – 12/2014
                """;
        // 2015-2020 (60 months, the 2017-2019 position inside it), Jun 2012 - Dec 2014 (31 months)
        assertThat(years(resume)).isEqualTo("7.6");
    }

    @Test
    void withoutAnExperienceHeading_studiesAreLeftOut() {
        String resume = """
                Sample Person, Java Developer
                Java Developer at Example Corp (Mar 2022 - Feb 2024)
                Master of Computer Applications, Sample University, 2019 - 2021
                """;
        assertThat(years(resume)).isEqualTo("2");
    }

    @Test
    void noDatedPosition_futureStartOrBackwardsRange_isNone() {
        assertThat(years("Java developer with Spring and Kafka.\nSKILLS\nJava, Kafka"))
                .isNull();
        assertThat(years("EXPERIENCE\nDeveloper, Example Corp, Jan 2027 - Present"))
                .isNull();
        assertThat(years("EXPERIENCE\nDeveloper, Example Corp, 2020 - 2018")).isNull();
        assertThat(years("")).isNull();
    }

    @Test
    void skillsAndProjectsSectionsAfterTheExperience_areNotPositions() {
        String resume = """
                PROFESSIONAL EXPERIENCE
                Data Engineer, Example Retail, Feb 2023 - Jan 2025
                PROJECTS
                Hackathon dashboard, 2010 - 2012
                """;
        assertThat(years(resume)).isEqualTo("2");
    }

    @Test
    void monthOf_namesAndAbbreviations_elseZero() {
        assertThat(PositionYears.monthOf("January")).isEqualTo(1);
        assertThat(PositionYears.monthOf("Sept.")).isEqualTo(9);
        assertThat(PositionYears.monthOf("DEC")).isEqualTo(12);
        assertThat(PositionYears.monthOf("ebm")).isZero();
        assertThat(PositionYears.monthOf("Present")).isZero();
        assertThat(PositionYears.monthOf("Ja")).isZero();
    }
}
