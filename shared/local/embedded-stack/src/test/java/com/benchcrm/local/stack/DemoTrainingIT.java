package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.common.Json;
import com.benchcrm.matching.success.BlobModelRegistry;
import com.benchcrm.ml.SuccessTraining;
import com.benchcrm.ml.TrainingJob;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 / ADR 0077 on the real embedded stack: {@code ./benchcrm demo} records, for its generated history, the
 * match runs the recommender would have stored (feature snapshots of the same engine version), so
 * {@code ./benchcrm train --tenant demo} finds enough labelled outcomes of both classes, registers and activates a
 * calibrated model, and the next recommendations through the API say {@code calibrated: true} and record the
 * model's version; the drift route then compares recent snapshots with the card's training bins (ADR 0078).
 */
class DemoTrainingIT {

    static EmbeddedStack stack;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "benchcrm-demo-training-");
        System.setProperty(EmbeddedStack.WORK_AUTH_ALERTS_FIRST_DELAY, "PT1H"); // as ./benchcrm demo does
        stack = EmbeddedStack.start(new StackHome(home), 0, 0);
    }

    @AfterAll
    static void stop() {
        System.clearProperty(EmbeddedStack.WORK_AUTH_ALERTS_FIRST_DELAY);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void demoHistory_trainsACalibratedModel_andLaterRecommendationsAreCalibratedWithItsVersion() throws Exception {
        assertThat(stack.matching()).isTrue();
        new DemoLoader(stack, System.out).load(240, 60); // the demo's printout in the IT output
        TenantId tenant = stack.admin().find(DemoLoader.TENANT).orElseThrow();

        // every consultant has an owner, dealt out over the Admin and the demo's recruiters, and the
        // history leaves fresh submissions live at Submitted
        Row owners = stack.appSql()
                .inTenant(tenant, s -> s.queryOne("""
                                select count(*) as consultants, count(owner_user_id) as owned,
                                       count(distinct owner_user_id) as owners from consultant
                                where external_id like 'bench-%'""", SqlParams.none()))
                .orElseThrow();
        assertThat(owners.longValue("owned")).isEqualTo(240).isEqualTo(owners.longValue("consultants"));
        assertThat(owners.longValue("owners")).isEqualTo(1 + com.benchcrm.demo.DemoUsers.RECRUITERS.size());
        long submitted = stack.appSql()
                .inTenant(
                        tenant,
                        s -> s.queryOne(
                                "select count(*) as n from submission where status = 'SUBMITTED'", SqlParams.none()))
                .orElseThrow()
                .longValue("n");
        assertThat(submitted).isGreaterThanOrEqualTo(com.benchcrm.demo.DemoHistory.FRESH_REQUIREMENTS);
        // every history submission went to a vendor contact under a signed RTR at its bill rate; the live ones' RTR is
        // valid now (so "Draft mail to vendor" attaches it)
        Row rtrs = stack.appSql()
                .inTenant(tenant, s -> s.queryOne("""
                                select count(*) as submissions,
                                       count(s.vendor_contact_id) as with_contact,
                                       count(r.id) as with_rtr,
                                       count(r.id) filter (where r.rate_amount = s.bill_amount
                                                             and r.rate_currency = s.bill_currency
                                                             and r.rate_unit = s.bill_unit
                                                             and r.vendor_contact_id = s.vendor_contact_id
                                                             and r.consented_at < s.submitted_at) as at_bill_rate,
                                       count(*) filter (where s.status not in ('PLACED', 'REJECTED', 'WITHDRAWN')) as live,
                                       count(r.id) filter (where s.status not in ('PLACED', 'REJECTED', 'WITHDRAWN')
                                                             and r.revoked_at is null and r.expires_at > now()) as live_valid
                                from submission s
                                left join rtr r on r.tenant_id = s.tenant_id and r.consultant_id = s.consultant_id
                                     and r.requirement_id = s.requirement_id and r.vendor_company_id = s.vendor_company_id
                                where s.status <> 'DRAFT'""", SqlParams.none()))
                .orElseThrow();
        long sentSubmissions = rtrs.longValue("submissions");
        assertThat(sentSubmissions).isPositive();
        assertThat(rtrs.longValue("with_contact")).isEqualTo(sentSubmissions);
        assertThat(rtrs.longValue("with_rtr")).as("one RTR per submission").isEqualTo(sentSubmissions);
        assertThat(rtrs.longValue("at_bill_rate")).isEqualTo(sentSubmissions);
        assertThat(rtrs.longValue("live")).isPositive();
        assertThat(rtrs.longValue("live_valid")).isEqualTo(rtrs.longValue("live"));
        assertThat(stack.appSql()
                        .inTenant(tenant, s -> s.queryOne("select count(*) as n from rtr", SqlParams.none()))
                        .orElseThrow()
                        .longValue("n"))
                .as("no other RTR")
                .isEqualTo(sentSubmissions);
        // the demo's Admin and recruiters have display names
        List<com.benchcrm.demo.DemoUsers.DemoUser> named =
                new java.util.ArrayList<>(com.benchcrm.demo.DemoUsers.RECRUITERS);
        named.add(com.benchcrm.demo.DemoUsers.ADMIN);
        for (com.benchcrm.demo.DemoUsers.DemoUser u : named) {
            assertThat(stack.appSql()
                            .inTenant(
                                    tenant,
                                    s -> s.queryOne(
                                            "select display_name from app_user where email = :email",
                                            SqlParams.of("email", u.email())))
                            .orElseThrow()
                            .string("display_name"))
                    .isEqualTo(u.name());
        }
        // the owners hear of their consultants' expiring work authorizations (announced after the owners were set)
        long expiring = 0;
        for (int i = 0; i < 100 && expiring == 0; i++) {
            expiring = stack.appSql()
                    .inTenant(
                            tenant,
                            s -> s.queryOne(
                                    "select count(*) as n from notification n join consultant c"
                                            + " on c.tenant_id = n.tenant_id and c.id = n.entity_id"
                                            + " where n.kind = 'WORK_AUTHORIZATION_EXPIRING' and n.user_id = c.owner_user_id",
                                    SqlParams.none()))
                    .orElseThrow()
                    .longValue("n");
            if (expiring == 0) {
                Thread.sleep(300);
            }
        }
        assertThat(expiring).isPositive();

        // the history's runs: made when each past requirement arrived, with the live engine's version
        Row history = stack.appSql()
                .inTenant(tenant, s -> s.queryOne("""
                                select count(distinct m.id) as runs, count(*) as recs,
                                       count(*) filter (where x.calibrated) as calibrated,
                                       min(m.engine_version) as engine, max(m.engine_version) as engine_max
                                from match_run m join recommendation x on x.tenant_id = m.tenant_id and x.match_run_id = m.id
                                join requirement r on r.tenant_id = m.tenant_id and r.id = m.requirement_id
                                where r.external_ref like 'hist-%'""", SqlParams.none()))
                .orElseThrow();
        assertThat(history.longValue("runs")).isGreaterThan(100);
        assertThat(history.longValue("calibrated")).isZero();
        assertThat(history.string("engine")).isEqualTo(com.benchcrm.matching.MatchEngine.VERSION);
        assertThat(history.string("engine_max")).isEqualTo(com.benchcrm.matching.MatchEngine.VERSION);

        BlobModelRegistry registry =
                new BlobModelRegistry(new FolderBlobStore(stack.home().models()));
        TrainingJob.Report r = new TrainingJob(
                        stack.persistence().transactions(),
                        stack.persistence().matchRuns(),
                        registry,
                        Clock.systemUTC())
                .run(tenant, true);
        System.out.printf(
                "demo training: %d labelled outcomes (%d placed) from %d history runs; %s; %d ms%n",
                r.labelled(),
                r.successes(),
                history.longValue("runs"),
                r.message(),
                r.card().trainingMillis());
        r.card()
                .metrics()
                .forEach((k, v) -> System.out.printf(
                        java.util.Locale.US, "  %-40s brier %.4f  auc %.3f%n", k, v.get("brier"), v.get("auc")));
        assertThat(r.labelled()).isGreaterThanOrEqualTo(SuccessTraining.MIN_LABELLED);
        assertThat(r.successes()).isGreaterThanOrEqualTo(SuccessTraining.MIN_PER_CLASS);
        assertThat(r.labelled() - r.successes()).isGreaterThanOrEqualTo(SuccessTraining.MIN_PER_CLASS);
        assertThat(r.card().calibrated()).isTrue();
        assertThat(r.activated()).as(r.message()).isTrue();
        assertThat(r.card().trainingBins()).containsKeys("skills", "matchScore", "score");
        String version = r.card().version();

        String token = stack.admin().token(DemoLoader.TENANT, DemoLoader.USER, Role.Admin, Duration.ofHours(1));
        java.util.UUID open = stack.appSql()
                .inTenant(
                        tenant,
                        s -> s.queryOne(
                                "select id from requirement where status = 'OPEN' and external_ref not like 'hist-%'"
                                        + " order by external_ref limit 1",
                                SqlParams.none()))
                .orElseThrow()
                .uuid("id");
        HttpResponse<String> ran = send(HttpRequest.newBuilder(
                        URI.create(stack.baseUrl() + "/v1/requirements/" + open + "/recommendations?topK=5"))
                .header("authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(201);
        JsonNode run = Json.read(ran.body(), JsonNode.class);
        assertThat(run.path("items").size()).isPositive();
        assertThat(run.path("model").path("success").asText()).isEqualTo(version);
        run.path("items")
                .forEach(i -> assertThat(i.path("calibrated").asBoolean())
                        .as(i.toString())
                        .isTrue());
        List<String> versions = stack
                .appSql()
                .inTenant(
                        tenant,
                        s -> s.query(
                                "select model_version from recommendation where match_run_id = :run",
                                SqlParams.of(
                                        "run",
                                        java.util.UUID.fromString(
                                                run.path("matchRunId").asText()))))
                .stream()
                .map(x -> x.string("model_version"))
                .toList();
        assertThat(versions).isNotEmpty().allSatisfy(v -> assertThat(v).endsWith(" success=" + version));

        JsonNode drift = get("/v1/models/active/drift?days=90", token);
        assertThat(drift.path("version").asText()).isEqualTo(version);
        assertThat(drift.path("recent").asInt()).isPositive();
        assertThat(drift.path("features").size()).isEqualTo(r.card().features().size());
        assertThat(drift.path("score").path("psi").isNumber()).isTrue();
        assertThat(drift.path("threshold").asDouble()).isEqualTo(0.25);
        System.out.println("demo drift (90 days): " + drift);
    }

    static JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                .header("authorization", "Bearer " + token)
                .GET()
                .build());
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return Json.read(res.body(), JsonNode.class);
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
