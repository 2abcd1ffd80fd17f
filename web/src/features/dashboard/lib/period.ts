/** A period picker's choices: the last N days up to today (UTC days; the API includes `to`). */
export const PRESETS = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
] as const;

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `{from, to}` as yyyy-MM-dd for the last `days` days ending today (`now` for tests). */
export function lastDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  return { from: day(from), to: day(to) };
}

/** A ratio as a percent with one decimal, or an en dash when undefined (no denominator). */
export function ratio(value: number | undefined): string {
  return value === undefined ? '–' : `${(value * 100).toFixed(1)} %`;
}

/** Hours as "12.4 h", or days past 48 h as "3.1 d". */
export function hours(value: number | undefined): string {
  if (value === undefined) return '–';
  return value >= 48 ? `${(value / 24).toFixed(1)} d` : `${value.toFixed(1)} h`;
}
