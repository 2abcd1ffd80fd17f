package com.benchcrm.persistence.postgres;

import com.benchcrm.analytics.AnalyticsRepository;
import com.benchcrm.analytics.GroupBy;
import com.benchcrm.analytics.KpiQuery;
import com.benchcrm.analytics.Kpis;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AnalyticsRepository} as five aggregate statements (six with a split), each reading one
 * period of one tenant through an index of V10: submissions by {@code submitted_at}, requirements by
 * {@code created_at}, placements by {@code created_at}, the bench by consultant. Medians are
 * {@code percentile_cont} (linear interpolation), which the in-memory twin reproduces.
 */
final class PostgresAnalyticsRepository implements AnalyticsRepository {

    static final int MAX_GROUPS = 100;
    static final int MAX_VENDORS = 50;

    @Override
    public Kpis kpis(Tx tx, KpiQuery q) {
        SqlSession s = SqlTx.of(tx).session();
        SqlParams p = SqlParams.of("tenant", tx.tenant().value())
                .and("from", q.from())
                .and("to", q.to());
        Row f = s.query("""
                select count(*) as submitted, count(interviewing_at) as interviewing, count(offered_at) as offered, count(placed_at) as placed
                from submission
                where tenant_id = :tenant and submitted_at >= :from and submitted_at < :to""", p).get(0);
        Kpis.Funnel funnel = new Kpis.Funnel(
                f.longValue("submitted"), f.longValue("interviewing"), f.longValue("offered"), f.longValue("placed"));

        Row r = s.query("""
                with received as materialized (
                  select id, created_at from requirement
                  where tenant_id = :tenant and created_at >= :from and created_at < :to
                ), firsts as materialized (
                  select greatest(0, date_part('epoch', min(s.submitted_at) - x.created_at) / 3600.0) as hours
                  from received x
                  join submission s on s.tenant_id = :tenant and s.requirement_id = x.id and s.submitted_at >= :from
                  group by x.id, x.created_at
                ), f as (
                  select count(*) as submitted, percentile_cont(0.5) within group (order by hours) as median,
                         percentile_cont(0.9) within group (order by hours) as p90
                  from firsts
                )
                select (select count(*) from received) as received,
                       (select count(*) from received x where exists (
                          select 1 from placement p where p.tenant_id = :tenant and p.requirement_id = x.id)) as filled,
                       f.submitted, f.median, f.p90
                from f""", p).get(0);
        Kpis.Requirements requirements = new Kpis.Requirements(
                r.longValue("received"),
                durations(r.longValue("submitted"), r.doubleValue("median"), r.doubleValue("p90")),
                r.longValue("filled"));

        Row t = s.query("""
                select count(*) as made,
                       percentile_cont(0.5) within group (order by greatest(0, date_part('epoch', p.created_at - q.created_at) / 86400.0)) as median,
                       percentile_cont(0.9) within group (order by greatest(0, date_part('epoch', p.created_at - q.created_at) / 86400.0)) as p90
                from placement p
                join requirement q on q.tenant_id = p.tenant_id and q.id = p.requirement_id
                where p.tenant_id = :tenant and p.created_at >= :from and p.created_at < :to""", p).get(0);
        List<Kpis.Margin> margins = new ArrayList<>();
        for (Row m : s.query("""
                select bill_currency, count(*) as placements, round(avg(margin_hourly), 4) as hourly, round(avg(margin_percent), 4) as percent
                from placement
                where tenant_id = :tenant and created_at >= :from and created_at < :to
                group by bill_currency order by count(*) desc, bill_currency""", p)) {
            margins.add(new Kpis.Margin(
                    m.string("bill_currency"), m.longValue("placements"), m.decimal("hourly"), m.decimal("percent")));
        }
        Kpis.Placements placements = new Kpis.Placements(
                t.longValue("made"),
                durations(t.longValue("made"), t.doubleValue("median"), t.doubleValue("p90")),
                margins);

        LocalDate asOfDate = q.asOf().atOffset(ZoneOffset.UTC).toLocalDate();
        Row b = s.query(
                        """
                with placed as materialized (
                  select consultant_id, max(end_date) filter (where end_date < :asof_date) as last_end,
                         bool_or(start_date <= :asof_date and (end_date is null or end_date >= :asof_date)) as active
                  from placement where tenant_id = :tenant
                  group by consultant_id
                ), bench as materialized (
                  select greatest(0, :asof_date - coalesce(c.on_bench_since, p.last_end, (c.created_at at time zone 'UTC')::date)) as days
                  from consultant c
                  left join placed p on p.consultant_id = c.id
                  where c.tenant_id = :tenant and coalesce(c.availability_status, 'AVAILABLE') = 'AVAILABLE' and c.created_at <= :asof
                    and not coalesce(p.active, false)
                )
                select count(*) as size, percentile_cont(0.5) within group (order by days) as median,
                       count(*) filter (where days <= 14) as b0, count(*) filter (where days between 15 and 30) as b1,
                       count(*) filter (where days between 31 and 60) as b2, count(*) filter (where days between 61 and 90) as b3,
                       count(*) filter (where days > 90) as b4
                from bench""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("asof", q.asOf())
                                .and("asof_date", asOfDate))
                .get(0);
        Kpis.Bench bench = new Kpis.Bench(
                b.longValue("size"),
                b.doubleValue("median"),
                List.of(
                        new Kpis.Bucket("0-14", 0, 14, b.longValue("b0")),
                        new Kpis.Bucket("15-30", 15, 30, b.longValue("b1")),
                        new Kpis.Bucket("31-60", 31, 60, b.longValue("b2")),
                        new Kpis.Bucket("61-90", 61, 90, b.longValue("b3")),
                        new Kpis.Bucket("91+", 91, null, b.longValue("b4"))));

        List<Kpis.VendorScorecard> vendors = new ArrayList<>();
        for (Row v : s.query("""
                with subs as (
                  select vendor_company_id as vendor, count(*) as submissions, count(interviewing_at) as interviews,
                         count(placed_at) as placements,
                         percentile_cont(0.5) within group (order by date_part('epoch',
                             least(client_submitted_at, case when status = 'REJECTED' then closed_at end) - submitted_at) / 3600.0) as response
                  from submission
                  where tenant_id = :tenant and submitted_at >= :from and submitted_at < :to and vendor_company_id is not null
                  group by vendor_company_id
                ), reqs as (
                  select vendor_company_id as vendor, count(*) as received
                  from requirement
                  where tenant_id = :tenant and created_at >= :from and created_at < :to and vendor_company_id is not null
                  group by vendor_company_id
                )
                select c.id, c.name, coalesce(reqs.received, 0) as received, coalesce(subs.submissions, 0) as submissions,
                       coalesce(subs.interviews, 0) as interviews, coalesce(subs.placements, 0) as placements, subs.response
                from subs full join reqs on reqs.vendor = subs.vendor
                join company c on c.tenant_id = :tenant and c.id = coalesce(subs.vendor, reqs.vendor)
                order by submissions desc, received desc, c.name, c.id
                limit :limit""", p.and("limit", MAX_VENDORS))) {
            vendors.add(new Kpis.VendorScorecard(
                    v.uuid("id"),
                    v.string("name"),
                    v.longValue("received"),
                    v.longValue("submissions"),
                    v.longValue("interviews"),
                    v.longValue("placements"),
                    v.doubleValue("response")));
        }

        List<Kpis.Group> groups = q.groupBy().map(g -> groups(s, p, g)).orElse(null);
        return new Kpis(q.from(), q.to(), q.asOf(), funnel, requirements, placements, bench, vendors, groups);
    }

    private static List<Kpis.Group> groups(SqlSession s, SqlParams p, GroupBy by) {
        String key;
        String name;
        String join = "";
        switch (by) {
            case RECRUITER -> {
                key = "s.created_by";
                name = "s.created_by";
            }
            case VENDOR -> {
                key = "cast(s.vendor_company_id as text)";
                name = "c.name";
                join = "left join company c on c.tenant_id = s.tenant_id and c.id = s.vendor_company_id";
            }
            case CLIENT -> {
                key = "lower(btrim(r.client_name))";
                name = "min(r.client_name)";
                join = "join requirement r on r.tenant_id = s.tenant_id and r.id = s.requirement_id";
            }
            default -> throw new IllegalArgumentException(by.name());
        }
        String groupBy = by == GroupBy.CLIENT ? "1" : "1, 2";
        List<Kpis.Group> out = new ArrayList<>();
        for (Row g : s.query(
                "select " + key + " as key, " + name
                        + " as name, count(*) as submitted, count(s.interviewing_at) as interviewing,"
                        + " count(s.offered_at) as offered, count(s.placed_at) as placed, round(avg(pl.margin_percent), 4) as margin"
                        + " from submission s " + join
                        + " left join placement pl on pl.tenant_id = s.tenant_id and pl.submission_id = s.id"
                        + " where s.tenant_id = :tenant and s.submitted_at >= :from and s.submitted_at < :to"
                        + " group by " + groupBy + " order by submitted desc, key nulls last limit :limit",
                p.and("limit", MAX_GROUPS))) {
            BigDecimal margin = g.decimal("margin");
            out.add(new Kpis.Group(
                    g.string("key"),
                    g.string("name"),
                    new Kpis.Funnel(
                            g.longValue("submitted"),
                            g.longValue("interviewing"),
                            g.longValue("offered"),
                            g.longValue("placed")),
                    margin));
        }
        return out;
    }

    private static Kpis.Durations durations(long count, Double median, Double p90) {
        return count == 0 ? Kpis.Durations.NONE : new Kpis.Durations(count, median, p90);
    }
}
