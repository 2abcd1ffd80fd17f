import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { useKpis, type GroupBy, type Kpis } from '../api/kpis';
import { hours, lastDays, PRESETS, ratio } from '../lib/period';

const axis = { fontSize: 11, fill: 'var(--muted-foreground)' };
const tooltip = { background: 'var(--card)', border: '1px solid var(--border)', color: 'var(--foreground)' };

/** The pipeline KPIs of a period (GET /v1/analytics/kpis): funnel, times, fill rate, margin, bench, vendors, by group. */
export function DashboardPage() {
  const [days, setDays] = useState<number>(90);
  const [groupBy, setGroupBy] = useState<GroupBy | ''>('');
  const period = lastDays(days);
  const kpis = useKpis(period, groupBy || undefined);
  return (
    <div className="h-full overflow-y-auto p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold">Dashboard</h1>
          <p className="text-sm text-muted-foreground">Pipeline KPIs from {period.from} to {period.to} (UTC days), computed by the API.</p>
        </div>
        <div className="flex gap-2">
          <div className="space-y-1">
            <label htmlFor="k-period" className="block text-xs font-medium">Period</label>
            <Select id="k-period" className="h-8 w-auto" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {PRESETS.map((p) => <option key={p.days} value={p.days}>{p.label}</option>)}
            </Select>
          </div>
          <div className="space-y-1">
            <label htmlFor="k-group" className="block text-xs font-medium">Group by</label>
            <Select id="k-group" className="h-8 w-auto" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy | '')}>
              <option value="">Nothing</option>
              <option value="recruiter">Recruiter</option>
              <option value="vendor">Vendor</option>
              <option value="client">Client</option>
            </Select>
          </div>
        </div>
      </div>
      {kpis.isPending && <Skeleton className="mt-4 h-60" label="Loading the KPIs" />}
      {kpis.isError && <div className="mt-4"><ErrorState error={kpis.error} retry={() => void kpis.refetch()} /></div>}
      {kpis.data && <Figures k={kpis.data} />}
    </div>
  );
}

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-muted-foreground">{hint}</dd>}
    </div>
  );
}

function Figures({ k }: { k: Kpis }) {
  const f = k.funnel;
  const margin = k.placements.grossMarginPerPlacement[0];
  const funnel = [
    { stage: 'Submitted', count: f.submitted },
    { stage: 'Interviewing', count: f.interviewing },
    { stage: 'Offered', count: f.offered },
    { stage: 'Placed', count: f.placed },
  ];
  return (
    <div className="mt-4 space-y-6">
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4" aria-label="Key figures">
        <Tile label="Submittal to interview" value={ratio(f.submittalToInterview.value)} hint={`${f.interviewing} of ${f.submitted}`} />
        <Tile label="Interview to offer" value={ratio(f.interviewToOffer.value)} hint={`${f.offered} of ${f.interviewing}`} />
        <Tile label="Offer to placement" value={ratio(f.offerToPlacement.value)} hint={`${f.placed} of ${f.offered}`} />
        <Tile label="Fill rate" value={ratio(k.requirements.fillRate.value)} hint={`${k.requirements.filled} of ${k.requirements.received} requirements`} />
        <Tile label="Time to first submit (median)" value={hours(k.requirements.timeToFirstSubmitHours.median)} hint={`p90 ${hours(k.requirements.timeToFirstSubmitHours.p90)}`} />
        <Tile label="Time to fill (median)" value={k.placements.timeToFillDays.median === undefined ? '–' : `${k.placements.timeToFillDays.median.toFixed(1)} d`} hint={`${k.placements.made} placements`} />
        <Tile label="Margin per placement" value={margin ? `${margin.averageHourly.toFixed(2)} ${margin.currency}/h` : '–'} hint={margin ? `${margin.averagePercent.toFixed(1)} % gross` : undefined} />
        <Tile label="Bench" value={String(k.bench.size)} hint={k.bench.medianDays === undefined ? undefined : `median ${k.bench.medianDays.toFixed(0)} days on bench`} />
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="funnel-h">
          <h2 id="funnel-h" className="font-semibold">Funnel</h2>
          <Chart data={funnel} x="stage" bars={[{ key: 'count', name: 'Submissions', fill: 'var(--bar)' }]} />
          <DataTable caption="Funnel" columns={['Stage', 'Submissions']} rows={funnel.map((r) => [r.stage, r.count])} />
        </section>
        <section aria-labelledby="bench-h">
          <h2 id="bench-h" className="font-semibold">Days on bench</h2>
          <Chart data={k.bench.buckets} x="label" bars={[{ key: 'consultants', name: 'Consultants', fill: 'var(--bar)' }]} />
          <DataTable caption="Days on bench" columns={['Days', 'Consultants']} rows={k.bench.buckets.map((b) => [b.label, b.consultants])} />
        </section>
      </div>

      {k.groups && k.groups.length > 0 && (
        <section aria-labelledby="groups-h">
          <h2 id="groups-h" className="font-semibold">By {k.groupBy}</h2>
          <Chart
            data={k.groups.slice(0, 8).map((g) => ({ name: short(g.name ?? g.key ?? '—'), ...g.funnel }))}
            x="name"
            bars={[
              { key: 'submitted', name: 'Submitted', fill: 'var(--muted-foreground)' },
              { key: 'interviewing', name: 'Interviewing', fill: 'var(--bar)' },
              { key: 'placed', name: 'Placed', fill: 'var(--success)' },
            ]}
          />
          <DataTable
            caption={`Funnel by ${k.groupBy}`}
            columns={['Name', 'Submitted', 'Interviewing', 'Offered', 'Placed', 'Avg margin']}
            rows={k.groups.map((g) => [g.name ?? g.key ?? '—', g.funnel.submitted, g.funnel.interviewing, g.funnel.offered, g.funnel.placed,
              g.averageMarginPercent === undefined ? '–' : `${g.averageMarginPercent.toFixed(1)} %`])}
            visible
          />
        </section>
      )}

      <section aria-labelledby="vendors-h">
        <h2 id="vendors-h" className="font-semibold">Vendor scorecards</h2>
        {k.vendorScorecards.length === 0 ? (
          <p className="text-sm text-muted-foreground">No vendor activity in this period.</p>
        ) : (
          <DataTable
            caption="Vendor scorecards"
            columns={['Vendor', 'Requirements', 'Submissions', 'Interviews', 'Placements', 'Answers in (median)']}
            rows={k.vendorScorecards.map((v) => [v.vendorName, v.requirementsReceived, v.submissions, v.interviews, v.placements, hours(v.medianResponseHours)])}
            visible
          />
        )}
      </section>
    </div>
  );
}

/** A chart axis label: at most 14 characters (the table beside it has the whole name). */
function short(name: string): string {
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
}

function Chart({ data, x, bars }: { data: object[]; x: string; bars: { key: string; name: string; fill: string }[] }) {
  return (
    <div className="mt-2 h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey={x} tick={axis} interval={0} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip contentStyle={tooltip} />
          {bars.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {bars.map((b) => <Bar key={b.key} dataKey={b.key} name={b.name} fill={b.fill} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The numbers behind a chart: a visible table, or one for screen readers only (the chart is hidden from them). */
function DataTable({ caption, columns, rows, visible = false }: { caption: string; columns: string[]; rows: (string | number)[][]; visible?: boolean }) {
  return (
    <div
      className={visible ? 'mt-2 overflow-x-auto rounded-md border' : 'sr-only'}
      {...(visible ? { tabIndex: 0, role: 'region', 'aria-label': `${caption} (scrolls sideways)` } : {})}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>{columns.map((c) => <th key={c} scope="col" className="px-3 py-2">{c}</th>)}</tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((r, i) => (
            <tr key={i}>{r.map((v, j) => (j === 0 ? <th key={j} scope="row" className="px-3 py-1.5 font-medium">{v}</th> : <td key={j} className="px-3 py-1.5 tabular-nums">{v}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
