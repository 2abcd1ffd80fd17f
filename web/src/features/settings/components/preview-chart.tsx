import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PreviewRow } from '../lib/reweight';

/** Scores now and under the previewed weights, per consultant (the table beside it carries the same numbers for screen readers). */
export function PreviewChart({ rows }: { rows: PreviewRow[] }) {
  const data = rows.map((r) => ({ name: r.consultantName.split(' ')[0], now: +r.before.toFixed(3), preview: +r.after.toFixed(3) }));
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="name" tick={{ fontSize: 11, fill: 'var(--muted-foreground)' }} interval={0} />
          <YAxis domain={[0, 1]} tick={{ fontSize: 11, fill: 'var(--muted-foreground)' }} />
          <Tooltip contentStyle={{ background: 'var(--card)', border: '1px solid var(--border)', color: 'var(--foreground)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="now" name="Now" fill="var(--muted-foreground)" isAnimationActive={false} />
          <Bar dataKey="preview" name="Preview" fill="var(--bar)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
