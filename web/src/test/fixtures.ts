import type { Schemas } from '@/lib/api';

let n = 0;
const id = () => `0193f7a2-5b3c-7d4e-8f60-${String(++n).padStart(12, '0')}`;

export function requirement(over: Partial<Schemas['Requirement']> = {}): Schemas['Requirement'] {
  return {
    id: id(),
    title: 'Senior Java Developer',
    status: 'OPEN',
    skills: [{ name: 'Java', required: true }],
    workAuthorizations: [],
    excludedWorkAuthorizations: [],
    longTerm: false,
    interviewModes: [],
    version: 1,
    createdAt: '2026-11-20T10:00:00.000000Z',
    updatedAt: '2026-11-20T10:00:00.000000Z',
    ...over,
  };
}

export function factor(name: Schemas['MatchFactor']['factor'], value: number, weight: number): Schemas['MatchFactor'] {
  return { factor: name, value, weight, contribution: value * weight, reason: `${name} reason`, inputs: {} };
}

export const DEFAULT_WEIGHTS = { skills: 0.4, location: 0.2, rate: 0.15, seniority: 0.1, history: 0.1, availability: 0.05 };

export function recommendation(
  rank: number,
  name: string,
  values: Record<keyof typeof DEFAULT_WEIGHTS, number>,
  over: Partial<Schemas['Recommendation']> = {},
): Schemas['Recommendation'] {
  const factors = (Object.keys(DEFAULT_WEIGHTS) as (keyof typeof DEFAULT_WEIGHTS)[]).map((f) => factor(f, values[f], DEFAULT_WEIGHTS[f]));
  const score = factors.reduce((s, f) => s + f.contribution, 0);
  return {
    id: id(),
    rank,
    consultantId: id(),
    consultantName: name,
    consultantTitle: 'Java Developer',
    matchScore: score,
    successProbability: 0.5,
    calibrated: false,
    reasons: [`${name} has all 3 required skills`],
    factors,
    flags: [],
    ...over,
  };
}

export function matchRun(requirementId: string, items: Schemas['Recommendation'][]): Schemas['MatchRun'] {
  return {
    matchRunId: id(),
    requirementId,
    requirementVersion: 1,
    trigger: 'requirement_imported',
    createdAt: '2026-11-20T10:00:05.000000Z',
    topK: 10,
    candidates: 200,
    scored: 200,
    excluded: {},
    rejectedByRecruiter: 0,
    model: { engine: 'match-engine-1', settings: 'default-1', embedding: 'minilm' },
    items,
  };
}

export function matchSettings(): Schemas['MatchSettings'] {
  return {
    version: 'default-1',
    weights: { ...DEFAULT_WEIGHTS },
    skillOverlapShare: 0.7,
    candidatePoolSize: 200,
    filters: {
      workAuthorization: 'exclude',
      availability: 'flag',
      rateOverBudget: 'flag',
      availabilityWindowDays: 30,
      rateTolerance: 0.1,
      requiredSkills: 'exclude',
      minRequiredSkillShare: 0.5,
    },
  };
}
