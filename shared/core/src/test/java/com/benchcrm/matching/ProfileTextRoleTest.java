package com.benchcrm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The title the role factor embeds: the role without its level (ADR 0110). */
class ProfileTextRoleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Senior Security Engineer - Applications | Security Engineer - Applications",
                "Sr. Java Developer                       | Java Developer",
                "Sr Java Dev                              | Java Dev",
                "Lead / Senior Data Engineer              | Data Engineer",
                "Junior QA Analyst                        | QA Analyst",
                "Principal Cloud Architect                | Cloud Architect",
                "Mid-level .NET Developer                 | .NET Developer",
                "Software Engineer II                     | Software Engineer",
                "Business Analyst 3                       | Business Analyst",
                "CERTIFIED IT ADMINISTRATOR (WAN), Level 4 | CERTIFIED IT ADMINISTRATOR (WAN)",
                "Desktop Support Analyst (Tier 2)         | Desktop Support Analyst",
            })
    void levelWordsAndNumbers_areDropped(String title, String role) {
        assertThat(ProfileText.role(title)).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Technical Lead", // the level word is the role here
                "Senior", // nothing left but the level: kept as written
                "Lead",
                "Developer - Python 3", // a version, not a level
                "Dynamics 365 Consultant",
                "Windows 10 Migration Engineer",
                "Computer Associate",
            })
    void rolesThatOnlyLookLikeLevels_stayAsWritten(String title) {
        assertThat(ProfileText.role(title)).isEqualTo(title);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noTitle_givesNull(String title) {
        assertThat(ProfileText.role(title)).isNull();
    }
}
