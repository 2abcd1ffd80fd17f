package com.benchcrm.matching;

import static com.benchcrm.matching.Profiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.WorkAuthorizationValidity;
import com.benchcrm.requirement.Requirement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The engine flags (never excludes) a consultant whose work authorization or I-94 ends before the
 * requirement's start, or before its end when the duration is known (the profiles' requirement
 * starts in 14 days and runs 12 months).
 */
class WorkAuthorizationExpiryFlagTest {

    final MatchEngine engine = new MatchEngine(Profiles.CLOCK);
    final Requirement javaDallas = Profiles.R.javaDallas().build();

    static Consultant withValidity(LocalDate validUntil, LocalDate i94) {
        Consultant c = Profiles.C.javaIrving().build();
        return new Consultant(
                c.id(),
                c.externalId(),
                c.fullName(),
                c.email(),
                c.phone(),
                c.title(),
                c.summary(),
                c.location(),
                c.workAuthorization(),
                c.yearsExperience(),
                c.skills(),
                c.availability(),
                c.rate(),
                c.version(),
                c.createdAt(),
                c.updatedAt(),
                new WorkAuthorizationValidity(validUntil, i94, null),
                null,
                null,
                null);
    }

    MatchResult score(Consultant c) {
        return engine.score(MatchInput.of(javaDallas, c), MatchSettings.DEFAULT);
    }

    @Test
    void endsBeforeTheStart_isFlaggedWithTheDates_andScoredLikeAnyFlag() {
        MatchResult m = score(withValidity(TODAY.plusDays(7), null));

        assertThat(m.flags()).singleElement().satisfies(f -> {
            assertThat(f.filter()).isEqualTo(HardFilter.WORK_AUTHORIZATION_EXPIRY);
            assertThat(f.action()).isEqualTo(FilterAction.FLAG);
            assertThat(f.reason())
                    .isEqualTo("Work authorization (H1B) ends Dec 8, 2026, before the Dec 15, 2026 start");
        });
        assertThat(m.successProbability())
                .isLessThan(score(withValidity(null, null)).successProbability());
    }

    @Test
    void endsDuringTheEngagement_isFlagged_theEarlierI94Counts() {
        MatchResult m = score(withValidity(TODAY.plusYears(3), TODAY.plusMonths(6)));

        assertThat(m.flags())
                .singleElement()
                .satisfies(f -> assertThat(f.reason())
                        .isEqualTo("I-94 ends Jun 1, 2027, before the 12-month engagement ends (Dec 15, 2027)"));
    }

    @Test
    void lastsBeyondTheEngagement_orUnknown_isNotFlagged() {
        assertThat(score(withValidity(TODAY.plusYears(2), null)).flags()).isEmpty();
        assertThat(score(withValidity(null, null)).flags()).isEmpty();
    }
}
