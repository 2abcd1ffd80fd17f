import type { Requirement } from '../api/get-requirements';

export interface InboxFilters {
  status?: string;
  skill?: string;
  state?: string;
  workMode?: string;
  /** A tag (as the API stores it: lower case, hyphens). */
  tag?: string;
}

/** The inbox's filters, applied to the loaded requirements (the list route has no filter parameters). */
export function filterRequirements(items: Requirement[], f: InboxFilters): Requirement[] {
  const skill = f.skill?.trim().toLowerCase();
  const state = f.state?.trim().toLowerCase();
  const tag = f.tag?.trim().toLowerCase().replace(/\s+/g, '-');
  return items.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.workMode || r.workMode === f.workMode) &&
      (!state || r.location?.state?.toLowerCase() === state) &&
      (!skill || r.skills.some((s) => s.name.toLowerCase().includes(skill))) &&
      (!tag || (r.tags ?? []).includes(tag)),
  );
}

/** The states the loaded requirements are in, sorted, for the state filter. */
export function statesOf(items: Requirement[]): string[] {
  return [...new Set(items.map((r) => r.location?.state).filter((s): s is string => !!s))].sort();
}

export function place(r: { location?: { city?: string; state?: string; country?: string } }): string {
  const l = r.location;
  if (!l) return '';
  return [l.city, l.state ?? l.country].filter(Boolean).join(', ');
}

/** The tags on the loaded requirements, sorted, for the tag filter. */
export function tagsOf(items: Requirement[]): string[] {
  return [...new Set(items.flatMap((r) => r.tags ?? []))].sort();
}
