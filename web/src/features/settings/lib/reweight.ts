import type { Schemas } from '@/lib/api';

export type Weights = Required<Schemas['MatchSettings']['weights']>;
export type FactorName = keyof Weights;
export const FACTORS: FactorName[] = ['role', 'skills', 'location', 'rate', 'seniority', 'history', 'availability'];

/** The weights as the API returned them, a factor it left out (settings saved before the role factor) at 0. */
export function completeWeights(w: Schemas['MatchSettings']['weights']): Weights {
  return { ...w, role: w.role ?? 0 };
}

type Scored = Pick<Schemas['Recommendation'], 'id' | 'consultantName' | 'matchScore' | 'rank' | 'factors' | 'flags'>;

export interface PreviewRow {
  id: string;
  consultantName: string;
  before: number;
  after: number;
  rankBefore: number;
  rankAfter: number;
  /** Places moved up (positive) or down. */
  moved: number;
}

/** The weights scaled to sum to 1 (the API refuses anything else), 4 decimals, the rounding rest on the largest. */
export function normalizeWeights(w: Weights): Weights {
  const sum = FACTORS.reduce((s, f) => s + Math.max(0, w[f]), 0);
  if (sum <= 0) throw new RangeError('at least one weight must be above 0');
  const out = Object.fromEntries(FACTORS.map((f) => [f, Math.round((Math.max(0, w[f]) / sum) * 10_000) / 10_000])) as Weights;
  const rest = Math.round((1 - FACTORS.reduce((s, f) => s + out[f], 0)) * 10_000) / 10_000;
  const largest = FACTORS.reduce((a, b) => (out[b] > out[a] ? b : a));
  out[largest] = Math.round((out[largest] + rest) * 10_000) / 10_000;
  return out;
}

/**
 * What a run would look like under other weights, computed here from the factor values the
 * recommendations API returned: score = sum of value x weight (weights normalized), re-sorted.
 * Consultants the hard filters excluded are not in the run, so they cannot appear.
 */
export function reweight(items: Scored[], weights: Weights): PreviewRow[] {
  const w = normalizeWeights(weights);
  const scored = items.map((it) => {
    const after = it.factors && it.factors.length > 0
      ? it.factors.reduce((s, f) => s + f.value * w[f.factor], 0)
      : it.matchScore;
    return { id: it.id, consultantName: it.consultantName, before: it.matchScore, after: Math.min(1, Math.max(0, after)), rankBefore: it.rank };
  });
  const order = [...scored].sort((a, b) => b.after - a.after || a.rankBefore - b.rankBefore);
  return order.map((s, i) => ({ ...s, rankAfter: i + 1, moved: s.rankBefore - (i + 1) }));
}

/** The uncalibrated success mapping of the engine (logistic centred at 0.65, steepness 10). */
export function successProbability(score: number): number {
  return 1 / (1 + Math.exp(-10 * (score - 0.65)));
}
