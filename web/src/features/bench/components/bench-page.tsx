import { useMemo, useState } from 'react';
import { NavLink, Outlet, useMatch, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { useHasRole } from '@/lib/auth/auth-context';
import { cn, workAuthLabel } from '@/lib/utils';
import { place } from '@/features/inbox/lib/filter-requirements';
import { useConsultants } from '../api/get-consultants';
import { useSearch, type SearchParams } from '../api/search';
import { filterConsultants, type BenchFilters } from '../lib/filter-consultants';
import { ResumeImport } from './resume-import';

export const WORK_AUTHORIZATIONS = ['US_CITIZEN', 'GREEN_CARD', 'GC_EAD', 'H1B', 'H4_EAD', 'L2_EAD', 'OPT_EAD', 'STEM_OPT', 'CPT', 'TN', 'E3', 'OTHER'] as const;

/** The bench: consultants (list or hybrid search, with filters) beside the open profile. */
export function BenchPage() {
  const detail = useMatch('/bench/:consultantId');
  return (
    <div className="flex h-full min-h-0">
      <section aria-label="Consultants" className={cn('flex min-h-0 w-full flex-col border-r lg:w-[26rem] lg:shrink-0', detail && 'hidden lg:flex')}>
        <ConsultantList />
      </section>
      <div className={cn('min-h-0 flex-1 overflow-y-auto', !detail && 'hidden lg:block')}>
        <Outlet />
      </div>
    </div>
  );
}

export function BenchPlaceholder() {
  const canImport = useHasRole('Owner', 'Admin', 'Recruiter');
  return (
    <div className="mx-auto max-w-xl space-y-4 p-6">
      <p className="text-sm text-muted-foreground">Pick a consultant to see their profile and best open requirements.</p>
      {canImport && <ResumeImport />}
    </div>
  );
}

function ConsultantList() {
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(params.get('q') ?? '');
  const q = params.get('q') ?? '';
  const filters: BenchFilters = {
    state: params.get('state') ?? undefined,
    workAuthorization: params.get('workAuthorization') ?? undefined,
    availableBy: params.get('availableBy') ?? undefined,
  };
  const list = useConsultants();
  const searchParams: SearchParams = {
    q,
    type: 'consultant',
    state: filters.state,
    workAuthorization: filters.workAuthorization as SearchParams['workAuthorization'],
    availableBy: filters.availableBy,
    limit: 50,
  };
  const hits = useSearch(searchParams);
  const all = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const filtered = useMemo(() => filterConsultants(all, filters), [all, filters.state, filters.workAuthorization, filters.availableBy]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const searching = q.trim().length > 0;
  const rows = searching
    ? (hits.data ?? []).map((h) => ({ id: h.id, name: h.title, subtitle: h.subtitle, meta: [h.textRank && 'text', h.vectorRank && 'meaning'].filter(Boolean).join(' + ') }))
    : filtered.map((c) => ({ id: c.id, name: c.fullName, subtitle: c.title, meta: [place(c), c.workAuthorization && workAuthLabel(c.workAuthorization)].filter(Boolean).join(' · ') }));
  const pending = searching ? hits.isPending : list.isPending;
  const error = searching ? hits.error : list.error;

  return (
    <>
      <div className="border-b p-3">
        <div className="flex items-baseline justify-between">
          <h1 className="text-lg font-semibold">Bench</h1>
          <span className="text-xs text-muted-foreground" aria-live="polite">
            {!pending && (searching ? `${rows.length} found` : `${rows.length} of ${all.length} consultants`)}
          </span>
        </div>
        <form
          role="search"
          className="mt-2 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            set('q', draft.trim());
          }}
        >
          <Label htmlFor="bench-q" className="sr-only">Search the bench</Label>
          <Input id="bench-q" type="search" placeholder="Skills, titles, experience… e.g. kafka streaming" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <Button type="submit" variant="outline">Search</Button>
        </form>
        <div className="mt-2 grid grid-cols-3 gap-2">
          <div className="space-y-1">
            <Label htmlFor="b-state">State</Label>
            <Input id="b-state" placeholder="TX" maxLength={3} value={filters.state ?? ''} onChange={(e) => set('state', e.target.value.toUpperCase())} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="b-auth">Work auth.</Label>
            <Select id="b-auth" value={filters.workAuthorization ?? ''} onChange={(e) => set('workAuthorization', e.target.value)}>
              <option value="">Any</option>
              {WORK_AUTHORIZATIONS.map((w) => <option key={w} value={w}>{workAuthLabel(w)}</option>)}
            </Select>
          </div>
          <div className="space-y-1">
            <Label htmlFor="b-avail">Available by</Label>
            <Input id="b-avail" type="date" value={filters.availableBy ?? ''} onChange={(e) => set('availableBy', e.target.value)} />
          </div>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {pending && (
          <div className="space-y-2 p-3">{Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="h-12" label="Loading consultants" />)}</div>
        )}
        {error && <div className="p-3"><ErrorState error={error} /></div>}
        {!pending && !error && rows.length === 0 && (
          <EmptyState title={searching ? 'Nobody matches this search' : all.length === 0 ? 'Your bench is empty' : 'Nobody matches these filters'} className="m-3">
            {all.length === 0 && !searching ? 'Drop resumes on the import area to add consultants.' : 'Try fewer words or fewer filters.'}
          </EmptyState>
        )}
        <ul className="divide-y" aria-label="Consultants list">
          {rows.map((c) => (
            <li key={c.id}>
              <NavLink
                to={{ pathname: `/bench/${c.id}`, search: params.toString() }}
                className={({ isActive }) => cn('block px-3 py-2.5 hover:bg-muted', isActive && 'bg-accent text-accent-foreground')}
              >
                <div className="flex justify-between gap-2">
                  <span className="font-medium">{c.name}</span>
                  {searching && c.meta && <Badge variant="muted">{c.meta}</Badge>}
                </div>
                {c.subtitle && <div className="text-xs text-muted-foreground">{c.subtitle}</div>}
                {!searching && c.meta && <div className="text-xs text-muted-foreground">{c.meta}</div>}
              </NavLink>
            </li>
          ))}
        </ul>
        {!searching && list.hasNextPage && (
          <div className="p-3">
            <Button variant="outline" className="w-full" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
