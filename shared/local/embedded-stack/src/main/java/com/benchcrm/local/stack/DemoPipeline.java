package com.benchcrm.local.stack;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.company.ChainLinks;
import com.benchcrm.consultant.Bench;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.demo.DemoHistory;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.StoredMatchData;
import com.benchcrm.matching.adapters.MatchingAdapters;
import com.benchcrm.matching.success.SuccessModels;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.rtr.RtrInput;
import com.benchcrm.rtr.Rtrs;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.submission.PipelineHistory;
import com.benchcrm.submission.PipelineImport;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.workflow.WorkflowPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The demo tenant's generated 90-day pipeline history ({@link DemoHistory}), written through the
 * bulk path ({@link PipelineImport}: the times as generated, idempotent), and the KPI report the
 * demo prints from {@code GET /v1/analytics/kpis}.
 */
final class DemoPipeline {

    /** Requirements of the history (besides the demo's open ones). */
    static final int HISTORY_REQUIREMENTS = 150;

    private DemoPipeline() {}

    /** When a past requirement's recorded match run was made: a minute after it arrived, before any submission. */
    static final Duration RUN_AFTER_ARRIVAL = Duration.ofMinutes(1);

    /**
     * @param vendors  the demo's vendor companies (DemoCompanies), by name: the history goes through them
     * @param vendorContacts each vendor's contact the history's submissions went to, by vendor name (a vendor left out:
     *     its submissions name no contact)
     * @param matching the stack's embedding model and vector index; empty (matching off): no match runs for the history
     */
    static Loaded load(
            SqlPort appSql,
            TenantId tenant,
            String user,
            long seed,
            int consultants,
            LocalDate today,
            List<String> vendors,
            Map<String, UUID> vendorContacts,
            Optional<MatchingAdapters> matching) {
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
        PipelineImport.Result result = importer.load(
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
                                i.reason(),
                                vendorContacts.get(i.vendor())))
                        .toList());
        int rtrs = rtrs(db, admin, history, audit, ids, clock);
        int snapshots = matching.map(m -> snapshots(db, admin, m, history, clock, ids, audit, outbox))
                .orElse(0);
        return new Loaded(result, snapshots, rtrs);
    }

    /** What {@link #load} wrote: the pipeline import's counts, the match runs and the RTRs recorded for the history. */
    record Loaded(PipelineImport.Result pipeline, int runs, int rtrs) {}

    /** How long a live submission's demo RTR runs from the submission: past the 90-day history, so it is valid today. */
    static final Duration LIVE_RTR_VALIDITY = Duration.ofDays(120);

    /** The consultant signed the RTR this long before the submission went to the vendor. */
    static final Duration SIGNED_BEFORE_SUBMISSION = Duration.ofHours(2);

    /**
     * Records the right to represent every history submission was sent under (the pipeline requires one valid,
     * consenting to the bill rate, to reach Submitted: ADR 0086), through the use case {@code POST /v1/rtrs} uses
     * ({@link Rtrs#record}): signed two hours before the submission, at its bill rate, for the vendor it went to (and
     * its contact); a live submission's (not placed, rejected or withdrawn) runs 120 days, so it is valid today and the
     * submission mail to the vendor can attach it (ADR 0101); a finished one's the default 30. Deterministic (the
     * generated times and rates); a submission that has an RTR for its consultant, requirement and vendor already is
     * left alone, so a second load adds none. Returns how many were recorded.
     */
    private static int rtrs(
            PostgresPersistence db, Caller admin, DemoHistory.Set history, AuditLog audit, Ids ids, Clock clock) {
        Rtrs rtrs = new Rtrs(db.transactions(), db.rtrs(), db.submissionReferences(), audit, ids, clock);
        int recorded = 0;
        for (DemoHistory.Item i : history.submissions()) {
            Optional<Submission> found = db.transactions()
                    .inTenant(
                            admin.tenant(),
                            tx -> db.submissionReferences()
                                    .consultantByExternalId(tx, i.consultantExternalId())
                                    .flatMap(c -> db.submissionReferences()
                                            .requirementByExternalRef(tx, i.requirementExternalRef())
                                            .flatMap(r -> db.submissions().findByPair(tx, c, r)))
                                    .filter(s -> s.vendorCompanyId() != null
                                            && s.status().sent()
                                            && s.billRate() != null
                                            && db.rtrs()
                                                    .forSubmission(
                                                            tx,
                                                            s.consultantId(),
                                                            s.requirementId(),
                                                            s.vendorCompanyId())
                                                    .isEmpty()));
            if (found.isEmpty()) {
                continue;
            }
            Submission s = found.get();
            Instant consented = s.stages().submittedAt().minus(SIGNED_BEFORE_SUBMISSION);
            boolean live = !s.status().terminal();
            Instant expires = consented.plus(live ? LIVE_RTR_VALIDITY : RtrInput.DEFAULT_VALIDITY);
            rtrs.record(
                    admin,
                    new RtrInput(
                            s.consultantId(),
                            s.requirementId(),
                            s.vendorCompanyId(),
                            s.vendorContactId(),
                            consented,
                            expires,
                            s.billRate(),
                            "RTR " + i.consultantExternalId() + " " + i.requirementExternalRef() + ".pdf",
                            rtrText(i, s, consented, expires)));
            recorded++;
        }
        return recorded;
    }

    /** The signed text of a demo RTR: who may represent whom, to which vendor, for which requirement, at what rate. */
    static String rtrText(DemoHistory.Item i, Submission s, Instant consented, Instant expires) {
        return String.format(
                Locale.US,
                """
                RIGHT TO REPRESENT

                I, the consultant %s, give the demo tenant the exclusive right to represent me to %s for requirement %s,
                at a bill rate of %s %s per %s. I have not been submitted to this requirement by anyone else and will
                not be for as long as this consent runs.

                Consented: %s
                Valid until: %s
                Signed electronically (a generated demo record).
                """,
                i.consultantExternalId(),
                i.vendor(),
                i.requirementExternalRef(),
                s.billRate().amount().toPlainString(),
                s.billRate().currency(),
                s.billRate().unit().name().toLowerCase(Locale.ROOT),
                consented,
                expires);
    }

    /**
     * Gives each past requirement the match run the recommender would have stored when it arrived (a minute after):
     * its submitted consultants scored by the live recommender's features and engine ({@link MatchRuns#recordAsOf}),
     * so the stored feature snapshots joined with the generated outcomes are the success model's training set
     * ({@code ./benchcrm train --tenant demo}, ADR 0077). Requirements that have a run already are left alone.
     */
    private static int snapshots(
            PostgresPersistence db,
            Caller admin,
            MatchingAdapters m,
            DemoHistory.Set history,
            Clock clock,
            Ids ids,
            AuditLog audit,
            Outbox outbox) {
        Idempotency idempotency = new Idempotency(db.idempotency(), clock);
        MatchRuns runs = new MatchRuns(
                db.transactions(),
                db.matchRuns(),
                db.matchSettings(),
                new Requirements(
                        db.transactions(),
                        db.requirements(),
                        audit,
                        outbox,
                        idempotency,
                        ids,
                        clock,
                        new ChainLinks(db.companies(), db.contacts())),
                new Consultants(db.transactions(), db.consultants(), audit, outbox, idempotency, ids, clock),
                m.model(),
                m.index(),
                audit,
                outbox,
                new ProcessedEvents(db.processedEvents(), clock),
                ids,
                clock,
                new PipelineHistory(
                        db.transactions(),
                        db.submissions(),
                        new StoredMatchData(db.transactions(), db.matchRuns(), db.matchSettings())),
                SuccessModels.NONE);
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        history.submissions()
                .forEach(i -> submitted
                        .computeIfAbsent(i.requirementExternalRef(), k -> new ArrayList<>())
                        .add(i.consultantExternalId()));
        int recorded = 0;
        for (DemoHistory.Arrival a : history.requirements()) {
            List<String> people = submitted.getOrDefault(a.requirement().externalRef(), List.of());
            if (people.isEmpty()) {
                continue;
            }
            Optional<UUID> requirement = db.transactions()
                    .inTenant(
                            admin.tenant(),
                            tx -> db.submissionReferences()
                                    .requirementByExternalRef(
                                            tx, a.requirement().externalRef()));
            List<UUID> consultants = db.transactions()
                    .inTenant(
                            admin.tenant(),
                            tx -> people.stream()
                                    .map(id -> db.submissionReferences().consultantByExternalId(tx, id))
                                    .flatMap(Optional::stream)
                                    .toList());
            if (requirement.isPresent()
                    && runs.recordAsOf(
                                    admin,
                                    requirement.get(),
                                    consultants,
                                    a.arrivedAt().plus(RUN_AFTER_ARRIVAL))
                            .isPresent()) {
                recorded++;
            }
        }
        return recorded;
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
