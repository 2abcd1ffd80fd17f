import type { Consultant } from '../api/get-consultants';

export interface BenchFilters {
  state?: string;
  workAuthorization?: string;
  /** yyyy-MM-dd: available on or before. */
  availableBy?: string;
}

/** The bench filters over the loaded list, the same rules as `GET /v1/search` applies server-side. */
export function filterConsultants(items: Consultant[], f: BenchFilters): Consultant[] {
  const state = f.state?.trim().toLowerCase();
  return items.filter(
    (c) =>
      (!state || c.location?.state?.toLowerCase() === state) &&
      (!f.workAuthorization || c.workAuthorization === f.workAuthorization) &&
      (!f.availableBy || availableBy(c, f.availableBy)),
  );
}

function availableBy(c: Consultant, date: string): boolean {
  const a = c.availability;
  if (!a) return false;
  if (a.status === 'AVAILABLE') return !a.availableFrom || a.availableFrom <= date;
  if (a.status === 'ON_PROJECT') return !!a.availableFrom && a.availableFrom <= date;
  return false;
}
