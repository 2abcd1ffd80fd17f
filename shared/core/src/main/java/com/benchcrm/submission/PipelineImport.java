package com.benchcrm.submission;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Rate;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.CompanyNames;
import com.benchcrm.company.CompanyRepository;
import com.benchcrm.consultant.Bench;
import com.benchcrm.margin.Margin;
import com.benchcrm.margin.Margins;
import com.benchcrm.parties.SubmissionReferences;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.workflow.WorkflowPolicy;
import com.benchcrm.workflow.WorkflowSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bulk path of a pipeline's history (the demo's generated 90 days, a migration from another
 * CRM): requirements with the time they arrived, submissions with the time of each stage, their
 * status history, interview rounds, offers and placements, written as they happened (the times
 * given, not now). Vendors are found by name (or created, as VENDOR companies). Idempotent: a
 * requirement whose external reference exists, and a consultant-requirement pair that has a
 * submission, are skipped. It records history, not news: no domain events, one audit row for the
 * batch. Needs {@link Permission#SETTINGS_MANAGE} (Owner, Admin).
 *
 * <pre>{@code
 * PipelineImport.Result r = importer.load(admin, requirements, submissions);
 * }</pre>
 */
public final class PipelineImport {

    /** A requirement, when it arrived and the vendor that sent it (linked as its chain's vendor when given). */
    public record HistoricalRequirement(RequirementInput input, Instant arrivedAt, String vendorName) {}

    /** One interview round, held at {@code startsAt} (60 minutes, by video), passed or not. */
    public record Round(int round, Instant startsAt, boolean passed) {}

    /**
     * One submission as it happened. Stages not reached are null; {@code status} is where it stands;
     * {@code offeredAt} with {@code startDate} makes an offer at the bill rate, {@code placedAt} a placement;
     * {@code vendorContactId} is the vendor contact it went to, null when not known.
     */
    public record HistoricalSubmission(
            String consultantExternalId,
            String requirementExternalRef,
            String vendorName,
            Rate billRate,
            Rate payRate,
            Instant submittedAt,
            Instant clientSubmittedAt,
            List<Round> rounds,
            Instant offeredAt,
            LocalDate startDate,
            Instant placedAt,
            Instant closedAt,
            SubmissionStatus status,
            String reason,
            UUID vendorContactId) {}

    /** What the load wrote and what it found there already. */
    public record Result(
            int requirements,
            int requirementsSkipped,
            int submissions,
            int submissionsSkipped,
            int interviews,
            int placements,
            int vendorsCreated) {}

    private final Transactions transactions;
    private final SubmissionRepository submissions;
    private final SubmissionReferences references;
    private final RequirementRepository requirements;
    private final CompanyRepository companies;
    private final WorkflowPolicy policy;
    private final Bench bench;
    private final AuditLog audit;
    private final Ids ids;

    public PipelineImport(
            Transactions transactions,
            SubmissionRepository submissions,
            SubmissionReferences references,
            RequirementRepository requirements,
            CompanyRepository companies,
            WorkflowPolicy policy,
            Bench bench,
            AuditLog audit,
            Ids ids) {
        this.transactions = transactions;
        this.submissions = submissions;
        this.references = references;
        this.requirements = requirements;
        this.companies = companies;
        this.policy = policy;
        this.bench = bench;
        this.audit = audit;
        this.ids = ids;
    }

    public Result load(Caller caller, List<HistoricalRequirement> reqs, List<HistoricalSubmission> subs) {
        caller.require(Permission.SETTINGS_MANAGE);
        return transactions.inTenant(caller.tenant(), tx -> {
            int created = 0;
            int skipped = 0;
            Map<String, UUID> vendors = new HashMap<>();
            int[] vendorsCreated = {0};
            for (HistoricalRequirement r : reqs) {
                if (references
                        .requirementByExternalRef(tx, r.input().externalRef())
                        .isPresent()) {
                    skipped++;
                    continue;
                }
                RequirementInput in = r.input();
                if (r.vendorName() != null) {
                    UUID vendor = vendors.computeIfAbsent(r.vendorName(), name -> vendor(tx, name, vendorsCreated));
                    in = new RequirementInput(
                            in.externalRef(),
                            in.title(),
                            in.description(),
                            in.status(),
                            in.location(),
                            in.workMode(),
                            in.skills(),
                            in.minYears(),
                            in.seniority(),
                            in.budget(),
                            in.durationMonths(),
                            in.startDate(),
                            in.clientName(),
                            in.workAuthorizations(),
                            new com.benchcrm.requirement.RequirementChain(vendor, null, null, null, null));
                }
                in.validate();
                requirements.insert(tx, ids.next(), in, r.arrivedAt());
                created++;
            }
            WorkflowSettings settings = policy.current(tx);
            int written = 0;
            int pairs = 0;
            int interviews = 0;
            int placements = 0;
            for (HistoricalSubmission h : subs) {
                Optional<UUID> consultant = references.consultantByExternalId(tx, h.consultantExternalId());
                Optional<UUID> requirement = references.requirementByExternalRef(tx, h.requirementExternalRef());
                if (consultant.isEmpty() || requirement.isEmpty()) {
                    throw new IllegalArgumentException("the history names consultant " + h.consultantExternalId()
                            + " and requirement " + h.requirementExternalRef() + "; load them first");
                }
                if (submissions
                        .findByPair(tx, consultant.get(), requirement.get())
                        .isPresent()) {
                    pairs++;
                    continue;
                }
                UUID vendor = vendors.computeIfAbsent(h.vendorName(), name -> vendor(tx, name, vendorsCreated));
                if (h.vendorContactId() != null
                        && !references
                                .contact(tx, h.vendorContactId())
                                .map(c -> vendor.equals(c.companyId()))
                                .orElse(false)) {
                    throw new IllegalArgumentException("the history names contact " + h.vendorContactId()
                            + " for vendor " + h.vendorName() + "; it is not a contact of that vendor");
                }
                interviews += write(tx, caller, h, consultant.get(), requirement.get(), vendor, settings);
                if (h.placedAt() != null) {
                    placements++;
                }
                written++;
            }
            audit.record(
                    tx,
                    caller,
                    "pipeline.history_imported",
                    "submission",
                    null,
                    null,
                    null,
                    Map.of("requirements", created, "submissions", written, "skipped", skipped + pairs));
            return new Result(created, skipped, written, pairs, interviews, placements, vendorsCreated[0]);
        });
    }

    private UUID vendor(Tx tx, String name, int[] createdCount) {
        return companies
                .findByNormalizedName(tx, CompanyNames.normalize(name))
                .map(c -> c.id())
                .orElseGet(() -> {
                    UUID id = ids.next();
                    companies.insert(
                            tx,
                            id,
                            new CompanyInput(name, List.of(CompanyKind.VENDOR), null, null, null, null),
                            Instant.now());
                    createdCount[0]++;
                    return id;
                });
    }

    /** Writes one submission with its history; returns the interviews written. */
    private int write(
            Tx tx,
            Caller caller,
            HistoricalSubmission h,
            UUID consultant,
            UUID requirement,
            UUID vendor,
            WorkflowSettings settings) {
        Margin margin = Margins.of(h.billRate(), h.payRate(), settings.w2BurdenPercent());
        Instant interviewing = h.rounds().isEmpty() ? null : h.rounds().get(0).startsAt();
        Instant last = latest(h, interviewing);
        Submission.Stages stages = new Submission.Stages(
                h.submittedAt(), h.clientSubmittedAt(), interviewing, h.offeredAt(), h.placedAt(), h.closedAt(), last);
        Instant drafted = h.submittedAt().minusSeconds(600);
        UUID id = ids.next();
        submissions.insert(
                tx,
                new Submission(
                        id,
                        consultant,
                        requirement,
                        vendor,
                        h.vendorContactId(),
                        null,
                        h.status(),
                        null,
                        h.reason(),
                        h.billRate(),
                        h.payRate(),
                        null,
                        null,
                        null,
                        margin.marginHourly(),
                        margin.marginPercent(),
                        null,
                        null,
                        null,
                        caller.userId(),
                        stages,
                        2 + countStages(h),
                        drafted,
                        last));
        List<StatusChange> moves = new ArrayList<>();
        moves.add(new StatusChange(ids.next(), id, null, SubmissionStatus.DRAFT, null, caller.userId(), drafted));
        SubmissionStatus at = SubmissionStatus.DRAFT;
        for (Object[] step : new Object[][] {
            {SubmissionStatus.SUBMITTED, h.submittedAt()},
            {SubmissionStatus.CLIENT_SUBMITTED, h.clientSubmittedAt()},
            {SubmissionStatus.INTERVIEWING, interviewing},
            {SubmissionStatus.OFFERED, h.offeredAt()},
            {SubmissionStatus.PLACED, h.placedAt()},
            {SubmissionStatus.REJECTED, h.closedAt()}
        }) {
            if (step[1] != null) {
                SubmissionStatus to = (SubmissionStatus) step[0];
                moves.add(new StatusChange(
                        ids.next(),
                        id,
                        at,
                        to,
                        to == SubmissionStatus.REJECTED ? h.reason() : null,
                        caller.userId(),
                        (Instant) step[1]));
                at = to;
            }
        }
        moves.forEach(m -> submissions.appendStatusChange(tx, m));
        for (Round r : h.rounds()) {
            submissions.insertInterview(
                    tx,
                    new Interview(
                            ids.next(),
                            id,
                            r.round(),
                            r.startsAt(),
                            "America/New_York",
                            60,
                            InterviewMode.VIDEO,
                            null,
                            null,
                            r.passed() ? InterviewOutcome.PASSED : InterviewOutcome.FAILED,
                            null,
                            2,
                            caller.userId(),
                            r.startsAt(),
                            r.startsAt().plusSeconds(7200)));
        }
        if (h.offeredAt() != null && h.startDate() != null) {
            OfferStatus status = h.placedAt() != null
                    ? OfferStatus.ACCEPTED
                    : h.closedAt() != null ? OfferStatus.DECLINED : OfferStatus.EXTENDED;
            submissions.insertOffer(
                    tx,
                    new Offer(
                            ids.next(),
                            id,
                            h.billRate(),
                            h.startDate(),
                            h.offeredAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7),
                            status,
                            null,
                            caller.userId(),
                            h.offeredAt()));
        }
        if (h.placedAt() != null) {
            LocalDate start = h.startDate() != null
                    ? h.startDate()
                    : h.placedAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(14);
            Rate pay = h.payRate().employmentType() == null
                    ? new Rate(
                            h.payRate().amount(),
                            h.payRate().currency(),
                            h.payRate().unit(),
                            com.benchcrm.common.EmploymentType.C2C)
                    : h.payRate();
            submissions.insertPlacement(
                    tx,
                    new Placement(
                            ids.next(),
                            id,
                            consultant,
                            requirement,
                            start,
                            null,
                            h.billRate(),
                            pay,
                            margin,
                            null,
                            caller.userId(),
                            h.placedAt()));
            bench.placed(tx, caller, consultant);
        }
        return h.rounds().size();
    }

    private static int countStages(HistoricalSubmission h) {
        int n = 0;
        for (Instant i : new Instant[] {
            h.clientSubmittedAt(),
            h.rounds().isEmpty() ? null : h.rounds().get(0).startsAt(),
            h.offeredAt(),
            h.placedAt(),
            h.closedAt()
        }) {
            n += i == null ? 0 : 1;
        }
        return n;
    }

    private static Instant latest(HistoricalSubmission h, Instant interviewing) {
        Instant last = h.submittedAt();
        for (Instant i :
                new Instant[] {h.clientSubmittedAt(), interviewing, h.offeredAt(), h.placedAt(), h.closedAt()}) {
            if (i != null && i.isAfter(last)) {
                last = i;
            }
        }
        return last;
    }
}
