package com.benchcrm.local.stack;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Bench;
import com.benchcrm.demo.DemoHistory;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.submission.PipelineImport;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.workflow.WorkflowPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo tenant's generated 90-day pipeline history ({@link DemoHistory}), written through the
 * bulk path ({@link PipelineImport}: the times as generated, idempotent), and the KPI report the
 * demo prints from {@code GET /v1/analytics/kpis}.
 */
final class DemoPipeline {

    /** Requirements of the history (besides the demo's open ones). */
    static final int HISTORY_REQUIREMENTS = 60;

    private DemoPipeline() {}

    /** @param vendors the demo's vendor companies (DemoCompanies), by name: the history goes through them */
    static PipelineImport.Result load(
            SqlPort appSql,
            TenantId tenant,
            String user,
            long seed,
            int consultants,
            LocalDate today,
            List<String> vendors) {
        DemoHistory.Set history = DemoHistory.generate(seed, consultants, today, HISTORY_REQUIREMENTS, vendors);
        PostgresPersistence db = PostgresPersistence.over(appSql);
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        AuditLog audit = new AuditLog(db.transactions(), db.audit(), ids, clock);
        Outbox outbox = new Outbox(db.outbox(), ids, clock);
        PipelineImport importer = new PipelineImport(
                db.transactions(),
                db.submissions(),
                db.submissionReferences(),
                db.requirements(),
                db.companies(),
                new WorkflowPolicy(db.transactions(), db.workflowSettings(), audit, clock),
                new Bench(db.consultants(), audit, outbox, clock),
                audit,
                ids);
        Caller admin = new Caller(tenant, user, Set.of(Role.Admin), "demo-history");
        return importer.load(
                admin,
                history.requirements().stream()
                        .map(a -> new PipelineImport.HistoricalRequirement(a.requirement(), a.arrivedAt(), a.vendor()))
                        .toList(),
                history.submissions().stream()
                        .map(i -> new PipelineImport.HistoricalSubmission(
                                i.consultantExternalId(),
                                i.requirementExternalRef(),
                                i.vendor(),
                                i.billRate(),
                                i.payRate(),
                                i.submittedAt(),
                                i.clientSubmittedAt(),
                                i.rounds().stream()
                                        .map(r -> new PipelineImport.Round(r.round(), r.startsAt(), r.passed()))
                                        .toList(),
                                i.offeredAt(),
                                i.startDate(),
                                i.placedAt(),
                                i.closedAt(),
                                SubmissionStatus.valueOf(i.finalStatus()),
                                i.reason()))
                        .toList());
    }

    /** Prints the KPI report of the last 90 days. */
    static void print(PrintStream out, JsonNode k) {
        JsonNode f = k.path("funnel");
        JsonNode r = k.path("requirements");
        JsonNode p = k.path("placements");
        out.printf(
                Locale.US,
                "  funnel        %d sent -> %d interviewing -> %d offered -> %d placed  (submittal-to-interview %s, interview-to-offer %s,"
                        + " offer-to-placement %s)%n",
                f.path("submitted").asLong(),
                f.path("interviewing").asLong(),
                f.path("offered").asLong(),
                f.path("placed").asLong(),
                pct(f.path("submittalToInterview")),
                pct(f.path("interviewToOffer")),
                pct(f.path("offerToPlacement")));
        out.printf(
                Locale.US,
                "  requirements  %d received, time to first submit median %s h (p90 %s h), fill rate %s%n",
                r.path("received").asLong(),
                num(r.path("timeToFirstSubmitHours").path("median")),
                num(r.path("timeToFirstSubmitHours").path("p90")),
                pct(r.path("fillRate")));
        String margin = p.path("grossMarginPerPlacement").isEmpty()
                ? "-"
                : String.format(
                        Locale.US,
                        "%s %s/h (%s %%)",
                        num(p.path("grossMarginPerPlacement").get(0).path("averageHourly")),
                        p.path("grossMarginPerPlacement")
                                .get(0)
                                .path("currency")
                                .asText(),
                        num(p.path("grossMarginPerPlacement").get(0).path("averagePercent")));
        out.printf(
                Locale.US,
                "  placements    %d made, time to fill median %s days, gross margin per placement %s%n",
                p.path("made").asLong(),
                num(p.path("timeToFillDays").path("median")),
                margin);
        StringBuilder buckets = new StringBuilder();
        k.path("bench")
                .path("buckets")
                .forEach(b -> buckets.append(b.path("label").asText())
                        .append(": ")
                        .append(b.path("consultants").asLong())
                        .append("  "));
        out.printf(
                Locale.US,
                "  bench         %d consultants, median %s days on bench; days %s%n",
                k.path("bench").path("size").asLong(),
                num(k.path("bench").path("medianDays")),
                buckets.toString().trim());
        List<JsonNode> vendors = new java.util.ArrayList<>();
        k.path("vendorScorecards").forEach(vendors::add);
        for (JsonNode v : vendors.subList(0, Math.min(3, vendors.size()))) {
            out.printf(
                    Locale.US,
                    "  vendor        %-24s %d requirements, %d submissions, %d interviews, %d placements, answers in %s h (median)%n",
                    v.path("vendorName").asText(),
                    v.path("requirementsReceived").asLong(),
                    v.path("submissions").asLong(),
                    v.path("interviews").asLong(),
                    v.path("placements").asLong(),
                    num(v.path("medianResponseHours")));
        }
    }

    private static String pct(JsonNode ratio) {
        return ratio.has("value")
                ? String.format(Locale.US, "%.0f %%", ratio.path("value").asDouble() * 100)
                : "-";
    }

    private static String num(JsonNode n) {
        return n.isNumber() ? String.format(Locale.US, "%.1f", n.asDouble()) : "-";
    }
}
