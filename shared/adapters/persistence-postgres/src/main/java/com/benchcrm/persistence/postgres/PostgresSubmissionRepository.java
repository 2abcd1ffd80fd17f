package com.benchcrm.persistence.postgres;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.margin.Margin;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewMode;
import com.benchcrm.submission.InterviewOutcome;
import com.benchcrm.submission.Offer;
import com.benchcrm.submission.OfferStatus;
import com.benchcrm.submission.Placement;
import com.benchcrm.submission.StatusChange;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionRepository;
import com.benchcrm.submission.SubmissionRepository.InterviewResult;
import com.benchcrm.submission.SubmissionStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link SubmissionRepository} over submission, submission_status_change, interview, offer and placement (V10). */
final class PostgresSubmissionRepository implements SubmissionRepository {

    private static final String SELECT = """
            select id, consultant_id, requirement_id, vendor_company_id, vendor_contact_id, recommendation_id, status, held_from,
                   status_reason, bill_amount, bill_currency, bill_unit, pay_amount, pay_currency, pay_unit, employment_type, notes,
                   match_score, success_probability, margin_hourly, margin_percent, rtr_id, duplicate_override, margin_override,
                   created_by, submitted_at, client_submitted_at, interviewing_at, offered_at, placed_at, closed_at, status_changed_at,
                   version, created_at, updated_at
            from submission
            """;

    @Override
    public void insert(Tx tx, Submission s) {
        session(tx).update("""
                insert into submission (tenant_id, id, consultant_id, requirement_id, vendor_company_id, vendor_contact_id, recommendation_id,
                    status, held_from, status_reason, bill_amount, bill_currency, bill_unit, pay_amount, pay_currency, pay_unit,
                    employment_type, notes, match_score, success_probability, margin_hourly, margin_percent, rtr_id, duplicate_override,
                    margin_override, created_by, submitted_at, client_submitted_at, interviewing_at, offered_at, placed_at, closed_at,
                    status_changed_at, version, created_at, updated_at)
                values (:tenant, :id, :consultant, :requirement, :vendor, :contact, :recommendation, :status, :held_from, :status_reason,
                    :bill_amount, :bill_currency, :bill_unit, :pay_amount, :pay_currency, :pay_unit, :employment_type, :notes,
                    :match_score, :success_probability, :margin_hourly, :margin_percent, :rtr, :duplicate_override, :margin_override,
                    :created_by, :submitted_at, :client_submitted_at, :interviewing_at, :offered_at, :placed_at, :closed_at,
                    :status_changed_at, :version, :created_at, :updated_at)""", fields(tx, s));
    }

    @Override
    public void update(Tx tx, Submission s) {
        session(tx).update("""
                update submission set vendor_company_id = :vendor, vendor_contact_id = :contact, status = :status, held_from = :held_from,
                    status_reason = :status_reason, bill_amount = :bill_amount, bill_currency = :bill_currency, bill_unit = :bill_unit,
                    pay_amount = :pay_amount, pay_currency = :pay_currency, pay_unit = :pay_unit, employment_type = :employment_type,
                    notes = :notes, match_score = :match_score, success_probability = :success_probability, margin_hourly = :margin_hourly,
                    margin_percent = :margin_percent, rtr_id = :rtr, duplicate_override = :duplicate_override,
                    margin_override = :margin_override, submitted_at = :submitted_at, client_submitted_at = :client_submitted_at,
                    interviewing_at = :interviewing_at, offered_at = :offered_at, placed_at = :placed_at, closed_at = :closed_at,
                    status_changed_at = :status_changed_at, version = :version, updated_at = :updated_at
                where tenant_id = :tenant and id = :id""", fields(tx, s));
    }

    @Override
    public Optional<Submission> find(Tx tx, UUID id) {
        return session(tx)
                .queryOne(
                        SELECT + " where tenant_id = :tenant and id = :id",
                        params(tx).and("id", id))
                .map(PostgresSubmissionRepository::submission);
    }

    @Override
    public Optional<Submission> findForUpdate(Tx tx, UUID id) {
        return session(tx)
                .queryOne(
                        SELECT + " where tenant_id = :tenant and id = :id for update",
                        params(tx).and("id", id))
                .map(PostgresSubmissionRepository::submission);
    }

    @Override
    public Optional<Submission> findByPair(Tx tx, UUID consultantId, UUID requirementId) {
        return session(tx)
                .queryOne(
                        SELECT
                                + " where tenant_id = :tenant and consultant_id = :consultant and requirement_id = :requirement",
                        params(tx).and("consultant", consultantId).and("requirement", requirementId))
                .map(PostgresSubmissionRepository::submission);
    }

    @Override
    public List<Submission> list(Tx tx, Query query, Optional<UUID> before, int limit) {
        StringBuilder where = new StringBuilder(" where tenant_id = :tenant");
        SqlParams p = params(tx).and("limit", limit);
        if (!query.statuses().isEmpty()) {
            where.append(" and status = any(string_to_array(:statuses, ','))");
            p = p.and(
                    "statuses",
                    String.join(
                            ",",
                            query.statuses().stream().map(Enum::name).sorted().toList()));
        }
        if (query.consultantId().isPresent()) {
            where.append(" and consultant_id = :consultant");
            p = p.and("consultant", query.consultantId().get());
        }
        if (query.requirementId().isPresent()) {
            where.append(" and requirement_id = :requirement");
            p = p.and("requirement", query.requirementId().get());
        }
        if (query.vendorCompanyId().isPresent()) {
            where.append(" and vendor_company_id = :vendor");
            p = p.and("vendor", query.vendorCompanyId().get());
        }
        if (before.isPresent()) {
            where.append(" and id < :before");
            p = p.and("before", before.get());
        }
        return session(tx).query(SELECT + where + " order by id desc limit :limit", p).stream()
                .map(PostgresSubmissionRepository::submission)
                .toList();
    }

    @Override
    public List<Submission> sentSince(Tx tx, UUID consultantId, Instant since) {
        return session(tx)
                .query(
                        SELECT + " where tenant_id = :tenant and consultant_id = :consultant and submitted_at >= :since"
                                + " order by submitted_at desc",
                        params(tx).and("consultant", consultantId).and("since", since))
                .stream()
                .map(PostgresSubmissionRepository::submission)
                .toList();
    }

    @Override
    public void appendStatusChange(Tx tx, StatusChange c) {
        session(tx)
                .update(
                        """
                insert into submission_status_change (tenant_id, id, submission_id, from_status, to_status, reason, actor_id, at)
                values (:tenant, :id, :submission, :from, :to, :reason, :actor, :at)""",
                        params(tx)
                                .and("id", c.id())
                                .and("submission", c.submissionId())
                                .and("from", c.from() == null ? null : c.from().name())
                                .and("to", c.to().name())
                                .and("reason", c.reason())
                                .and("actor", c.actorId())
                                .and("at", c.at()));
    }

    @Override
    public List<StatusChange> statusChanges(Tx tx, UUID submissionId) {
        return session(tx).query("""
                select id, from_status, to_status, reason, actor_id, at from submission_status_change
                where tenant_id = :tenant and submission_id = :submission order by id""", params(tx).and("submission", submissionId)).stream()
                .map(r -> new StatusChange(
                        r.uuid("id"),
                        submissionId,
                        status(r.string("from_status")),
                        status(r.string("to_status")),
                        r.string("reason"),
                        r.string("actor_id"),
                        r.instant("at")))
                .toList();
    }

    @Override
    public void insertInterview(Tx tx, Interview i) {
        session(tx).update("""
                insert into interview (tenant_id, id, submission_id, round, starts_at, time_zone, duration_minutes, mode, interviewer,
                    location, outcome, feedback, version, created_by, created_at, updated_at)
                values (:tenant, :id, :submission, :round, :starts_at, :time_zone, :duration, :mode, :interviewer, :location, :outcome,
                    :feedback, :version, :created_by, :created_at, :updated_at)""", interviewFields(tx, i));
    }

    @Override
    public Optional<Interview> findInterview(Tx tx, UUID id) {
        return session(tx)
                .queryOne(
                        "select * from interview where tenant_id = :tenant and id = :id",
                        params(tx).and("id", id))
                .map(PostgresSubmissionRepository::interview);
    }

    @Override
    public Optional<Interview> findInterviewForUpdate(Tx tx, UUID id) {
        return session(tx)
                .queryOne(
                        "select * from interview where tenant_id = :tenant and id = :id for update",
                        params(tx).and("id", id))
                .map(PostgresSubmissionRepository::interview);
    }

    @Override
    public void updateInterview(Tx tx, Interview i) {
        session(tx).update("""
                update interview set round = :round, starts_at = :starts_at, time_zone = :time_zone, duration_minutes = :duration,
                    mode = :mode, interviewer = :interviewer, location = :location, outcome = :outcome, feedback = :feedback,
                    version = :version, updated_at = :updated_at
                where tenant_id = :tenant and id = :id""", interviewFields(tx, i));
    }

    @Override
    public List<Interview> interviews(Tx tx, UUID submissionId) {
        return session(tx)
                .query(
                        "select * from interview where tenant_id = :tenant and submission_id = :submission order by round",
                        params(tx).and("submission", submissionId))
                .stream()
                .map(PostgresSubmissionRepository::interview)
                .toList();
    }

    @Override
    public void insertOffer(Tx tx, Offer o) {
        session(tx)
                .update(
                        """
                insert into offer (tenant_id, id, submission_id, amount, currency, unit, employment_type, start_date, expires_on, status,
                    notes, created_by, created_at)
                values (:tenant, :id, :submission, :amount, :currency, :unit, :employment_type, :start_date, :expires_on, :status,
                    :notes, :created_by, :created_at)""",
                        params(tx)
                                .and("id", o.id())
                                .and("submission", o.submissionId())
                                .and("amount", o.rate().amount())
                                .and("currency", o.rate().currency())
                                .and("unit", o.rate().unit().name())
                                .and(
                                        "employment_type",
                                        o.rate().employmentType() == null
                                                ? null
                                                : o.rate().employmentType().code())
                                .and("start_date", o.startDate())
                                .and("expires_on", o.expiresOn())
                                .and("status", o.status().name())
                                .and("notes", o.notes())
                                .and("created_by", o.createdBy())
                                .and("created_at", o.createdAt()));
    }

    @Override
    public List<Offer> offers(Tx tx, UUID submissionId) {
        return session(tx)
                .query(
                        "select * from offer where tenant_id = :tenant and submission_id = :submission order by id",
                        params(tx).and("submission", submissionId))
                .stream()
                .map(r -> new Offer(
                        r.uuid("id"),
                        submissionId,
                        rate(r, "amount", "currency", "unit", "employment_type"),
                        r.date("start_date"),
                        r.date("expires_on"),
                        OfferStatus.valueOf(r.string("status")),
                        r.string("notes"),
                        r.string("created_by"),
                        r.instant("created_at")))
                .toList();
    }

    @Override
    public void setOfferStatus(Tx tx, UUID offerId, OfferStatus status) {
        session(tx)
                .update(
                        "update offer set status = :status where tenant_id = :tenant and id = :id",
                        params(tx).and("id", offerId).and("status", status.name()));
    }

    @Override
    public List<Submission> sentBy(Tx tx, java.util.Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return List.of();
        }
        return session(tx)
                .query(
                        SELECT + " where tenant_id = :tenant and submitted_at is not null"
                                + " and consultant_id = any(cast(string_to_array(:ids, ',') as uuid[]))",
                        params(tx).and("ids", csv(consultantIds)))
                .stream()
                .map(PostgresSubmissionRepository::submission)
                .toList();
    }

    @Override
    public List<Submission> sentToClient(Tx tx, String clientName) {
        return session(tx)
                .query(
                        "select s.* from (" + SELECT + " where tenant_id = :tenant and submitted_at is not null) s"
                                + " join requirement r on r.tenant_id = :tenant and r.id = s.requirement_id"
                                + " where lower(btrim(r.client_name)) = lower(btrim(:client))",
                        params(tx).and("client", clientName))
                .stream()
                .map(PostgresSubmissionRepository::submission)
                .toList();
    }

    @Override
    public List<InterviewResult> decidedInterviews(Tx tx, java.util.Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return List.of();
        }
        return session(tx).query("""
                select s.consultant_id, i.outcome, i.updated_at
                from interview i join submission s on s.tenant_id = i.tenant_id and s.id = i.submission_id
                where i.tenant_id = :tenant and i.outcome in ('PASSED', 'FAILED', 'NO_SHOW')
                  and s.consultant_id = any(cast(string_to_array(:ids, ',') as uuid[]))""", params(tx).and("ids", csv(consultantIds))).stream()
                .map(r -> new InterviewResult(
                        r.uuid("consultant_id"),
                        InterviewOutcome.valueOf(r.string("outcome")),
                        r.instant("updated_at")))
                .toList();
    }

    private static String csv(java.util.Collection<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }

    @Override
    public void insertPlacement(Tx tx, Placement p) {
        session(tx)
                .update(
                        """
                insert into placement (tenant_id, id, submission_id, consultant_id, requirement_id, start_date, end_date, bill_amount,
                    bill_currency, bill_unit, pay_amount, pay_currency, pay_unit, employment_type, bill_hourly, cost_hourly, margin_hourly,
                    margin_percent, margin_override, created_by, created_at)
                values (:tenant, :id, :submission, :consultant, :requirement, :start_date, :end_date, :bill_amount, :bill_currency,
                    :bill_unit, :pay_amount, :pay_currency, :pay_unit, :employment_type, :bill_hourly, :cost_hourly, :margin_hourly,
                    :margin_percent, :margin_override, :created_by, :created_at)""",
                        params(tx)
                                .and("id", p.id())
                                .and("submission", p.submissionId())
                                .and("consultant", p.consultantId())
                                .and("requirement", p.requirementId())
                                .and("start_date", p.startDate())
                                .and("end_date", p.endDate())
                                .and("bill_amount", p.billRate().amount())
                                .and("bill_currency", p.billRate().currency())
                                .and("bill_unit", p.billRate().unit().name())
                                .and("pay_amount", p.payRate().amount())
                                .and("pay_currency", p.payRate().currency())
                                .and("pay_unit", p.payRate().unit().name())
                                .and(
                                        "employment_type",
                                        p.payRate().employmentType().code())
                                .and("bill_hourly", p.margin().billHourly())
                                .and("cost_hourly", p.margin().costHourly())
                                .and("margin_hourly", p.margin().marginHourly())
                                .and("margin_percent", p.margin().marginPercent())
                                .and("margin_override", p.marginOverride())
                                .and("created_by", p.createdBy())
                                .and("created_at", p.createdAt()));
    }

    @Override
    public Optional<Placement> placement(Tx tx, UUID submissionId) {
        return session(tx)
                .queryOne(
                        "select * from placement where tenant_id = :tenant and submission_id = :submission",
                        params(tx).and("submission", submissionId))
                .map(r -> {
                    BigDecimal cost = r.decimal("cost_hourly");
                    BigDecimal margin = r.decimal("margin_hourly");
                    return new Placement(
                            r.uuid("id"),
                            submissionId,
                            r.uuid("consultant_id"),
                            r.uuid("requirement_id"),
                            r.date("start_date"),
                            r.date("end_date"),
                            rate(r, "bill_amount", "bill_currency", "bill_unit", null),
                            rate(r, "pay_amount", "pay_currency", "pay_unit", "employment_type"),
                            new Margin(
                                    r.string("bill_currency"),
                                    r.decimal("bill_hourly"),
                                    cost,
                                    margin,
                                    r.decimal("margin_percent"),
                                    margin.multiply(BigDecimal.valueOf(100))
                                            .divide(cost, MathContext.DECIMAL64)
                                            .setScale(4, RoundingMode.HALF_UP)),
                            r.string("margin_override"),
                            r.string("created_by"),
                            r.instant("created_at"));
                });
    }

    // ------------------------------------------------------------------------------------ mapping

    private static SqlSession session(Tx tx) {
        return SqlTx.of(tx).session();
    }

    private static SqlParams params(Tx tx) {
        return SqlParams.of("tenant", tx.tenant().value());
    }

    private static SqlParams fields(Tx tx, Submission s) {
        Rate bill = s.billRate();
        Rate pay = s.payRate();
        Submission.Stages st = s.stages();
        return params(tx)
                .and("id", s.id())
                .and("consultant", s.consultantId())
                .and("requirement", s.requirementId())
                .and("vendor", s.vendorCompanyId())
                .and("contact", s.vendorContactId())
                .and("recommendation", s.recommendationId())
                .and("status", s.status().name())
                .and("held_from", s.heldFrom() == null ? null : s.heldFrom().name())
                .and("status_reason", s.statusReason())
                .and("bill_amount", bill == null ? null : bill.amount())
                .and("bill_currency", bill == null ? null : bill.currency())
                .and("bill_unit", bill == null ? null : bill.unit().name())
                .and("pay_amount", pay == null ? null : pay.amount())
                .and("pay_currency", pay == null ? null : pay.currency())
                .and("pay_unit", pay == null ? null : pay.unit().name())
                .and(
                        "employment_type",
                        pay == null || pay.employmentType() == null
                                ? null
                                : pay.employmentType().code())
                .and("notes", s.notes())
                .and("match_score", s.matchScore())
                .and("success_probability", s.successProbability())
                .and("margin_hourly", s.marginHourly())
                .and("margin_percent", s.marginPercent())
                .and("rtr", s.rtrId())
                .and("duplicate_override", s.duplicateOverride())
                .and("margin_override", s.marginOverride())
                .and("created_by", s.createdBy())
                .and("submitted_at", st.submittedAt())
                .and("client_submitted_at", st.clientSubmittedAt())
                .and("interviewing_at", st.interviewingAt())
                .and("offered_at", st.offeredAt())
                .and("placed_at", st.placedAt())
                .and("closed_at", st.closedAt())
                .and("status_changed_at", st.statusChangedAt())
                .and("version", s.version())
                .and("created_at", s.createdAt())
                .and("updated_at", s.updatedAt());
    }

    private static SqlParams interviewFields(Tx tx, Interview i) {
        return params(tx)
                .and("id", i.id())
                .and("submission", i.submissionId())
                .and("round", i.round())
                .and("starts_at", i.startsAt())
                .and("time_zone", i.timeZone())
                .and("duration", i.durationMinutes())
                .and("mode", i.mode().name())
                .and("interviewer", i.interviewer())
                .and("location", i.location())
                .and("outcome", i.outcome().name())
                .and("feedback", i.feedback())
                .and("version", i.version())
                .and("created_by", i.createdBy())
                .and("created_at", i.createdAt())
                .and("updated_at", i.updatedAt());
    }

    static Submission submission(Row r) {
        return new Submission(
                r.uuid("id"),
                r.uuid("consultant_id"),
                r.uuid("requirement_id"),
                r.uuid("vendor_company_id"),
                r.uuid("vendor_contact_id"),
                r.uuid("recommendation_id"),
                status(r.string("status")),
                status(r.string("held_from")),
                r.string("status_reason"),
                rate(r, "bill_amount", "bill_currency", "bill_unit", null),
                rate(r, "pay_amount", "pay_currency", "pay_unit", "employment_type"),
                r.string("notes"),
                r.doubleValue("match_score"),
                r.doubleValue("success_probability"),
                r.decimal("margin_hourly"),
                r.decimal("margin_percent"),
                r.uuid("rtr_id"),
                r.string("duplicate_override"),
                r.string("margin_override"),
                r.string("created_by"),
                new Submission.Stages(
                        r.instant("submitted_at"),
                        r.instant("client_submitted_at"),
                        r.instant("interviewing_at"),
                        r.instant("offered_at"),
                        r.instant("placed_at"),
                        r.instant("closed_at"),
                        r.instant("status_changed_at")),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }

    private static Interview interview(Row r) {
        return new Interview(
                r.uuid("id"),
                r.uuid("submission_id"),
                r.intValue("round"),
                r.instant("starts_at"),
                r.string("time_zone"),
                r.intValue("duration_minutes"),
                InterviewMode.valueOf(r.string("mode")),
                r.string("interviewer"),
                r.string("location"),
                InterviewOutcome.valueOf(r.string("outcome")),
                r.string("feedback"),
                r.longValue("version"),
                r.string("created_by"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }

    static Rate rate(Row r, String amount, String currency, String unit, String type) {
        if (r.isNull(amount)) {
            return null;
        }
        return new Rate(
                r.decimal(amount),
                r.string(currency),
                RateUnit.valueOf(r.string(unit)),
                type == null || r.isNull(type) ? null : EmploymentType.fromCode(r.string(type)));
    }

    private static SubmissionStatus status(String s) {
        return s == null ? null : SubmissionStatus.valueOf(s);
    }
}
