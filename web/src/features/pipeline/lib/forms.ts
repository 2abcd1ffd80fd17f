import { ApiProblemException, type Schemas } from '@/lib/api';

type Rate = Schemas['Rate'];

/** The browser's IANA time zone (`America/Chicago`): an interview's `startsAt` is read in it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A day from a date input (`2026-12-31`) as the end of that day in the browser's zone, as an instant. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString();
}

/** `85 USD/hour`. */
export function rateText(rate: { amount: number; currency: string; unit: string } | undefined): string {
  return rate ? `${rate.amount} ${rate.currency}/${rate.unit.toLowerCase()}` : '—';
}

/** A form value, trimmed; undefined when empty. */
export function text(f: FormData, name: string): string | undefined {
  const v = String(f.get(name) ?? '').trim();
  return v ? v : undefined;
}

/** A rate from `<prefix>Amount`, `<prefix>Currency`, `<prefix>Unit` (and `<prefix>Type`); undefined without an amount. */
export function rateOf(f: FormData, prefix: string): Rate | undefined {
  const amount = text(f, `${prefix}Amount`);
  if (!amount) return undefined;
  const type = text(f, `${prefix}Type`) as Rate['employmentType'];
  return {
    amount: Number(amount),
    currency: (text(f, `${prefix}Currency`) ?? 'USD').toUpperCase(),
    unit: (text(f, `${prefix}Unit`) ?? 'HOUR') as Rate['unit'],
    ...(type ? { employmentType: type } : {}),
  };
}

/**
 * An API refusal as a sentence: the problem's `detail` (else its `title`) and each field error by its
 * JSON pointer (`/rate/amount: must be greater than 0`); a missing RTR with why each recorded one
 * does not count.
 */
export function refusalText(error: unknown): string {
  if (!(error instanceof ApiProblemException)) return error instanceof Error ? error.message : String(error);
  const p = error.problem;
  if (error.slug === 'rtr-required') {
    const why = (p?.rtrProblems ?? []).join('; ');
    return `A valid right to represent is needed first: record one for this vendor in the card's detail. ${why ? `(${why})` : ''}`.trim();
  }
  return [p?.detail ?? p?.title ?? error.message, ...error.fieldErrors].filter(Boolean).join(' ');
}
