package com.benchcrm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.matching.MatchHistory;
import com.benchcrm.matching.Outcome;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.PipelineSamples;
import com.benchcrm.testing.contract.Samples;
import com.benchcrm.testing.memory.InMemoryPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The history factor's outcomes from the pipeline: what each fact counts for, and feedback as the weaker signal. */
class PipelineHistoryTest {

    static final Instant T = Instant.parse("2026-10-01T00:00:00Z");

    final InMemoryPersistence db = InMemoryPersistence.create(Clock.systemUTC());
    final TenantId tenant = new TenantId(UUID.randomUUID());

    /** Feedback: one ACCEPT for every consultant asked about. */
    final MatchHistory feedback = new MatchHistory() {
        @Override
        public Map<UUID, List<Outcome>> consultants(TenantId t, Collection<UUID> ids) {
            return Map.of(ids.iterator().next(), List.of(new Outcome(LocalDate.of(2026, 9, 1), true)));
        }

        @Override
        public List<Outcome> company(TenantId t, String clientName) {
            return List.of();
        }
    };

    Submission store(UUID consultant, String client, SubmissionStatus status, Submission.Stages stages) {
        UUID requirement = requirement(client);
        Submission s = PipelineSamples.submission(consultant, requirement, null, status, "u", stages, T);
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.submissions().insert(tx, s);
            return null;
        });
        return s;
    }

    @Test
    void eachPipelineFact_countsAsDocumented_withFeedbackAtAQuarter() {
        UUID c = consultant("Hist Ory");
        store(
                c,
                "Acme Bank",
                SubmissionStatus.PLACED,
                PipelineSamples.stages(T, T, T, T, T.plusSeconds(86400 * 3), null));
        store(
                c,
                "Acme Bank",
                SubmissionStatus.REJECTED,
                PipelineSamples.stages(T, null, null, null, null, T.plusSeconds(86400)));
        store(
                c,
                "Globex",
                SubmissionStatus.REJECTED,
                PipelineSamples.stages(T, T, T, T, null, T.plusSeconds(86400 * 5)));
        store(
                c,
                "Globex",
                SubmissionStatus.OFFERED,
                PipelineSamples.stages(T, T, T, T.plusSeconds(86400 * 2), null, null));
        store(c, "Globex", SubmissionStatus.WITHDRAWN, PipelineSamples.stages(T, null, null, null, null, T));
        store(c, "Globex", SubmissionStatus.CLIENT_SUBMITTED, PipelineSamples.stages(T, T, null, null, null, null));
        PipelineHistory history = new PipelineHistory(db.transactions(), db.submissions(), feedback);

        List<Outcome> mine = history.consultants(tenant, List.of(c)).get(c);

        assertThat(mine)
                .extracting(Outcome::kind, Outcome::won, Outcome::weight)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PLACEMENT", true, 1.0),
                        org.assertj.core.groups.Tuple.tuple("SUBMISSION", false, 1.0),
                        org.assertj.core.groups.Tuple.tuple("OFFER", true, 0.5),
                        org.assertj.core.groups.Tuple.tuple("OFFER", true, 0.75),
                        org.assertj.core.groups.Tuple.tuple("FEEDBACK", true, 0.25));
        assertThat(history.company(tenant, "  acme BANK "))
                .extracting(Outcome::won)
                .containsExactlyInAnyOrder(true, false);
        assertThat(history.company(tenant, "Initech")).isEmpty();
    }

    @Test
    void interviewRounds_countAtHalfWeight_onlyOnceDecided() {
        UUID c = consultant("Inter View");
        Submission s =
                store(c, "Acme Bank", SubmissionStatus.INTERVIEWING, PipelineSamples.stages(T, T, T, null, null, null));
        db.transactions().inTenant(tenant, (Tx tx) -> {
            for (InterviewOutcome o : new InterviewOutcome[] {
                InterviewOutcome.PASSED, InterviewOutcome.NO_SHOW, InterviewOutcome.SCHEDULED
            }) {
                db.submissions()
                        .insertInterview(
                                tx,
                                new Interview(
                                        Samples.id(),
                                        s.id(),
                                        o.ordinal() + 1,
                                        T,
                                        "UTC",
                                        60,
                                        InterviewMode.VIDEO,
                                        null,
                                        null,
                                        o,
                                        null,
                                        1,
                                        "u",
                                        T,
                                        T.plusSeconds(3600)));
            }
            return null;
        });

        List<Outcome> mine = new PipelineHistory(db.transactions(), db.submissions(), MatchHistory.NONE)
                .consultants(tenant, List.of(c))
                .get(c);

        assertThat(mine)
                .extracting(Outcome::kind, Outcome::won, Outcome::weight)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("INTERVIEW", true, 0.5),
                        org.assertj.core.groups.Tuple.tuple("INTERVIEW", false, 0.5));
    }

    UUID consultant(String name) {
        UUID id = Samples.id();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.consultants().insert(tx, id, Samples.consultant(name, null), T);
            return null;
        });
        return id;
    }

    UUID requirement(String client) {
        UUID id = Samples.id();
        db.transactions().inTenant(tenant, (Tx tx) -> {
            db.requirements().insert(tx, id, Samples.requirement("Role " + id, client), T);
            return null;
        });
        return id;
    }
}
