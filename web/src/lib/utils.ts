import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/** Joins class names and lets a later Tailwind utility win over an earlier one (`cn('p-2', 'p-4')` is `p-4`). */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** `0.734` as `73%`. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** `2026-11-22T12:00:00.123456Z` as a short local date and time. */
export function when(instant: string | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** `ON_HOLD` as `On hold`. */
export function humanize(constant: string): string {
  const s = constant.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const WORK_AUTH: Record<string, string> = {
  US_CITIZEN: 'US citizen',
  GREEN_CARD: 'Green card',
  GC_EAD: 'GC EAD',
  H1B: 'H-1B',
  H4_EAD: 'H4 EAD',
  L2_EAD: 'L2 EAD',
  OPT_EAD: 'OPT EAD',
  STEM_OPT: 'STEM OPT',
  CPT: 'CPT',
  TN: 'TN',
  E3: 'E-3',
  OTHER: 'Other',
};

/** `H1B` as `H-1B`, `US_CITIZEN` as `US citizen`. */
export function workAuthLabel(code: string): string {
  return WORK_AUTH[code] ?? humanize(code);
}
