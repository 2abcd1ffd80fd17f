package com.benchcrm.function.httpapi.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.matching.Factor;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.FilterAction;
import com.benchcrm.matching.HardFilter;
import com.benchcrm.matching.MatchFlag;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchTrigger;
import com.benchcrm.matching.RecommendationFeedback;
import com.benchcrm.matching.RequirementMatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The wire format of the recommendation bodies, to the byte: field order, rounding, absent
 * (not null) optional fields, the explanation left out with {@code explain=false}. The contract
 * tests check the same bodies against the OpenAPI document on a real database.
 */
class ResponseBodiesTest {

    static final UUID RUN = UUID.fromString("0193f7a5-0000-7000-8000-000000000001");
    static final UUID REQ = UUID.fromString("0193f7a5-0000-7000-8000-000000000002");
    static final UUID REC = UUID.fromString("0193f7a5-0000-7000-8000-000000000003");
    static final UUID CON = UUID.fromString("0193f7a5-0000-7000-8000-000000000004");
    static final Instant AT = Instant.parse("2026-11-22T12:00:00.123456Z");

    static MatchRun run(RecommendationFeedback feedback, String title) {
        FactorScore skills = new FactorScore(
                Factor.SKILLS, 0.833333, 0.4, 0.3333332, "Has 5 of 6 required skills", Map.of("jaccard", 0.8));
        MatchFlag flag = new MatchFlag(HardFilter.AVAILABILITY, FilterAction.FLAG, "Available in 20 days");
        MatchRun.Recommendation r = new MatchRun.Recommendation(
                REC,
                1,
                CON,
                "Avery Example",
                title,
                0.7412345,
                0.61999,
                false,
                List.of("Has 5 of 6 required skills"),
                List.of(skills),
                List.of(flag),
                "engine-1",
                feedback);
        return new MatchRun(
                RUN,
                REQ,
                3,
                MatchTrigger.REQUIREMENT_IMPORTED,
                "system",
                10,
                200,
                198,
                1,
                Map.of("work_authorization", 2),
                "engine-1",
                "settings-4",
                "minilm@1/384",
                Map.of("knn", 1200L),
                AT,
                List.of(r));
    }

    @Test
    void matchRun_explained_withFeedback() {
        RecommendationFeedback fb = new RecommendationFeedback(
                REC, REQ, CON, RecommendationFeedback.Decision.REJECT, "Only remote", "lee@example.com", AT);

        String json = Json.write(MatchRunResponse.of(run(fb, "Lead Java Developer"), true));

        assertThat(json).isEqualTo("""
                {"matchRunId":"0193f7a5-0000-7000-8000-000000000001","requirementId":"0193f7a5-0000-7000-8000-000000000002",\
                "requirementVersion":3,"trigger":"requirement_imported","createdAt":"2026-11-22T12:00:00.123456Z","topK":10,\
                "candidates":200,"scored":198,"excluded":{"work_authorization":2},"rejectedByRecruiter":1,\
                "model":{"engine":"engine-1","settings":"settings-4","embedding":"minilm@1/384"},\
                "items":[{"id":"0193f7a5-0000-7000-8000-000000000003","rank":1,"consultantId":"0193f7a5-0000-7000-8000-000000000004",\
                "consultantName":"Avery Example","consultantTitle":"Lead Java Developer","matchScore":0.7412,"successProbability":0.62,\
                "calibrated":false,"reasons":["Has 5 of 6 required skills"],"factors":[{"factor":"skills","value":0.8333,"weight":0.4,\
                "contribution":0.3333,"reason":"Has 5 of 6 required skills","inputs":{"jaccard":0.8}}],\
                "flags":[{"filter":"availability","action":"flag","reason":"Available in 20 days"}],\
                "feedback":{"recommendationId":"0193f7a5-0000-7000-8000-000000000003","requirementId":"0193f7a5-0000-7000-8000-000000000002",\
                "consultantId":"0193f7a5-0000-7000-8000-000000000004","decision":"reject","reason":"Only remote",\
                "decidedBy":"lee@example.com","decidedAt":"2026-11-22T12:00:00.123456Z"}}]}""");
    }

    @Test
    void matchRun_notExplained_withoutTitleOrFeedback_leavesThoseFieldsOut() {
        String json = Json.write(MatchRunResponse.of(run(null, null), false));

        assertThat(json).endsWith("""
                "items":[{"id":"0193f7a5-0000-7000-8000-000000000003","rank":1,"consultantId":"0193f7a5-0000-7000-8000-000000000004",\
                "consultantName":"Avery Example","matchScore":0.7412,"successProbability":0.62,"calibrated":false}]}""");
    }

    @Test
    void consultantMatches_leaveOutAbsentClientAndStart() {
        RequirementMatch dated = new RequirementMatch(
                REQ,
                "Java Developer",
                "Northwind",
                LocalDate.of(2026, 12, 14),
                0.5,
                0.25,
                false,
                List.of(),
                List.of(),
                List.of());
        RequirementMatch bare = new RequirementMatch(
                REQ, "Java Developer", null, null, 0.5, 0.25, false, List.of(), List.of(), List.of());

        assertThat(Json.write(ConsultantMatchesResponse.of(List.of(dated, bare), true)))
                .isEqualTo("""
                {"items":[{"requirementId":"0193f7a5-0000-7000-8000-000000000002","title":"Java Developer","clientName":"Northwind",\
                "startDate":"2026-12-14","matchScore":0.5,"successProbability":0.25,"calibrated":false,"reasons":[],"factors":[],\
                "flags":[]},{"requirementId":"0193f7a5-0000-7000-8000-000000000002","title":"Java Developer","matchScore":0.5,\
                "successProbability":0.25,"calibrated":false,"reasons":[],"factors":[],"flags":[]}]}""");
    }
}
