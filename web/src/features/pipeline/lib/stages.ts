import type { Schemas } from '@/lib/api';

export type SubmissionStatus = Schemas['SubmissionStatus'];

/** The board's columns, in pipeline order; REJECTED and WITHDRAWN share "Closed". */
export const COLUMNS: { key: string; label: string; statuses: SubmissionStatus[] }[] = [
  { key: 'draft', label: 'Draft', statuses: ['DRAFT'] },
  { key: 'submitted', label: 'Submitted', statuses: ['SUBMITTED'] },
  { key: 'client', label: 'Client submitted', statuses: ['CLIENT_SUBMITTED'] },
  { key: 'interviewing', label: 'Interviewing', statuses: ['INTERVIEWING'] },
  { key: 'offered', label: 'Offered', statuses: ['OFFERED'] },
  { key: 'placed', label: 'Placed', statuses: ['PLACED'] },
  { key: 'hold', label: 'On hold', statuses: ['ON_HOLD'] },
  { key: 'closed', label: 'Closed', statuses: ['REJECTED', 'WITHDRAWN'] },
];

export const STATUS_LABEL: Record<SubmissionStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CLIENT_SUBMITTED: 'Client submitted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  PLACED: 'Placed',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  ON_HOLD: 'On hold',
};

/** Moves that need a reason (the API answers 422 without one). */
export const NEEDS_REASON: SubmissionStatus[] = ['REJECTED', 'WITHDRAWN', 'ON_HOLD'];

/** Reached by recording an offer or a placement, not by a plain move (the transitions endpoint answers 422). */
export const RECORDED_ONLY: SubmissionStatus[] = ['OFFERED', 'PLACED'];

/** The moves the board offers for a submission: the API's `allowedTransitions` a plain move can make. */
export function movesOf(allowed: readonly SubmissionStatus[]): SubmissionStatus[] {
  return allowed.filter((s) => !RECORDED_ONLY.includes(s));
}

/** Groups submissions into the board's columns, each newest change first. */
export function byColumn<T extends { status: SubmissionStatus; updatedAt: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map(COLUMNS.map((c) => [c.key, [] as T[]]));
  for (const item of items) {
    const column = COLUMNS.find((c) => c.statuses.includes(item.status));
    if (column) out.get(column.key)!.push(item);
  }
  for (const list of out.values()) list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return out;
}
