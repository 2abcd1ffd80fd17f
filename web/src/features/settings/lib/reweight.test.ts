import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, recommendation } from '@/test/fixtures';
import { FACTORS, normalizeWeights, reweight, successProbability } from './reweight';

// The fixture's weights with the role factor at 0 (settings saved before it existed).
const W = { role: 0, ...DEFAULT_WEIGHTS };

describe('normalizeWeights', () => {
  it('scales to a total of exactly 1 within the API tolerance', () => {
    const w = normalizeWeights({ role: 0, skills: 1, location: 1, rate: 1, seniority: 0, history: 0, availability: 0 });
    expect(w.skills + w.location + w.rate).toBeCloseTo(1, 9);
    expect(Math.abs(FACTORS.reduce((s, f) => s + w[f], 0) - 1)).toBeLessThan(1e-6);
    expect(w.seniority).toBe(0);
  });

  it('keeps weights that already sum to 1', () => {
    expect(normalizeWeights(W)).toEqual(W);
  });

  it('refuses all zeros', () => {
    expect(() => normalizeWeights({ role: 0, skills: 0, location: 0, rate: 0, seniority: 0, history: 0, availability: 0 })).toThrow(RangeError);
  });
});

describe('reweight', () => {
  // Ada is strong on skills, Ben on location.
  const ada = recommendation(1, 'Ada', { skills: 1, location: 0.2, rate: 0.5, seniority: 1, history: 0.5, availability: 1 });
  const ben = recommendation(2, 'Ben', { skills: 0.5, location: 1, rate: 0.5, seniority: 1, history: 0.5, availability: 1 });

  it('with the same weights, reproduces the API score and order', () => {
    const rows = reweight([ada, ben], W);
    expect(rows.map((r) => r.consultantName)).toEqual(['Ada', 'Ben']);
    expect(rows[0]!.after).toBeCloseTo(ada.matchScore, 10);
    expect(rows[1]!.after).toBeCloseTo(ben.matchScore, 10);
    expect(rows.every((r) => r.moved === 0)).toBe(true);
  });

  it('weighing location over skills re-scores from the factor values and re-orders', () => {
    const rows = reweight([ada, ben], { ...W, skills: 0.1, location: 0.5 });
    // Ben: 0.5*0.1 + 1*0.5 + 0.5*0.15 + 1*0.1 + 0.5*0.1 + 1*0.05 = 0.825
    expect(rows[0]).toMatchObject({ consultantName: 'Ben', rankBefore: 2, rankAfter: 1, moved: 1 });
    expect(rows[0]!.after).toBeCloseTo(0.825, 10);
    // Ada: 1*0.1 + 0.2*0.5 + 0.5*0.15 + 1*0.1 + 0.5*0.1 + 1*0.05 = 0.475
    expect(rows[1]).toMatchObject({ consultantName: 'Ada', rankAfter: 2, moved: -1 });
    expect(rows[1]!.after).toBeCloseTo(0.475, 10);
  });

  it('normalizes weights that do not sum to 1 before scoring', () => {
    const doubled = Object.fromEntries(Object.entries(W).map(([k, v]) => [k, v * 2])) as typeof W;
    expect(reweight([ada], doubled)[0]!.after).toBeCloseTo(ada.matchScore, 4);
  });

  it('matches the engine success mapping', () => {
    expect(successProbability(0.65)).toBeCloseTo(0.5);
    expect(successProbability(0.8)).toBeCloseTo(0.82, 2);
  });
});
