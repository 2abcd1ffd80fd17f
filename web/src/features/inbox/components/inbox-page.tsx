import { useMemo, useRef } from 'react';
import { NavLink, Outlet, useMatch, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { useAuth } from '@/lib/auth/auth-context';
import { cn, humanize, when } from '@/lib/utils';
import { useRequirements, type Requirement } from '../api/get-requirements';
import { filterRequirements, place, statesOf, tagsOf, type InboxFilters } from '../lib/filter-requirements';

const STATUSES = ['OPEN', 'ON_HOLD', 'FILLED', 'CLOSED'] as const;
const WORK_MODES = ['ONSITE', 'HYBRID', 'REMOTE'] as const;

/** The inbox: requirements as they arrive (list pane) beside the open one (detail pane). */
export function InboxPage() {
  const detail = useMatch('/inbox/:requirementId');
  return (
    <div className="flex h-full min-h-0">
      <section
        aria-label="Requirements"
        className={cn('flex min-h-0 w-full flex-col border-r lg:w-[26rem] lg:shrink-0', detail && 'hidden lg:flex')}
      >
        <RequirementList />
      </section>
      <div className={cn('min-h-0 flex-1 overflow-y-auto', !detail && 'hidden lg:block')}>
        <Outlet />
      </div>
    </div>
  );
}

export function InboxPlaceholder() {
  return (
    <div className="flex h-full items-center justify-center p-8 text-sm text-muted-foreground">
      Pick a requirement to see its ranked consultants.
    </div>
  );
}

function RequirementList() {
  const query = useRequirements();
  const { session, ingestDomain } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters: InboxFilters = {
    status: params.get('status') ?? undefined,
    skill: params.get('skill') ?? undefined,
    state: params.get('state') ?? undefined,
    workMode: params.get('workMode') ?? undefined,
  };
  // Requirements created after the inbox was opened are marked new.
  const openedAt = useRef(new Date().toISOString());
  const all = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const shown = useMemo(() => filterRequirements(all, filters), [all, filters.status, filters.skill, filters.state, filters.workMode, filters.tag]); // eslint-disable-line react-hooks/exhaustive-deps
  const states = useMemo(() => statesOf(all), [all]);
  const tags = useMemo(() => tagsOf(all), [all]);
  const address = `${session.tenantSlug ?? 'your-tenant'}@${ingestDomain}`;

  const set = (key: keyof InboxFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <div className="border-b p-3">
        <div className="flex items-baseline justify-between">
          <h1 className="text-lg font-semibold">Inbox</h1>
          <span className="text-xs text-muted-foreground" aria-live="polite">
            {query.isSuccess && (filtered ? `${shown.length} of ${all.length}` : `${all.length} requirements`)}
          </span>
        </div>
        <form className="mt-2 grid grid-cols-2 gap-2" aria-label="Filter requirements" onSubmit={(e) => e.preventDefault()}>
          <div className="space-y-1">
            <Label htmlFor="f-status">Status</Label>
            <Select id="f-status" value={filters.status ?? ''} onChange={(e) => set('status', e.target.value)}>
              <option value="">Any</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>{humanize(s)}</option>
              ))}
            </Select>
          </div>
          <div className="space-y-1">
            <Label htmlFor="f-mode">Work mode</Label>
            <Select id="f-mode" value={filters.workMode ?? ''} onChange={(e) => set('workMode', e.target.value)}>
              <option value="">Any</option>
              {WORK_MODES.map((s) => (
                <option key={s} value={s}>{humanize(s)}</option>
              ))}
            </Select>
          </div>
          <div className="space-y-1">
            <Label htmlFor="f-skill">Skill</Label>
            <Input id="f-skill" placeholder="e.g. Kafka" value={filters.skill ?? ''} onChange={(e) => set('skill', e.target.value)} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="f-state">State</Label>
            <Select id="f-state" value={filters.state ?? ''} onChange={(e) => set('state', e.target.value)}>
              <option value="">Any</option>
              {states.map((s) => (
                <option key={s} value={s}>{s}</option>
              ))}
            </Select>
          </div>
          {tags.length > 0 && (
            <div className="space-y-1">
              <Label htmlFor="f-tag">Tag</Label>
              <Select id="f-tag" value={filters.tag ?? ''} onChange={(e) => set('tag', e.target.value)}>
                <option value="">Any</option>
                {tags.map((t) => <option key={t} value={t}>#{t}</option>)}
              </Select>
            </div>
          )}
        </form>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {query.isPending && (
          <div className="space-y-2 p-3">
            {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-16" label="Loading requirements" />)}
          </div>
        )}
        {query.isError && <div className="p-3"><ErrorState error={query.error} retry={() => void query.refetch()} /></div>}
        {query.isSuccess && all.length === 0 && (
          <EmptyState title="No requirements yet" className="m-3">
            Forward a vendor mail to <strong className="text-foreground">{address}</strong> and it appears here within
            seconds, ranked against your bench.
          </EmptyState>
        )}
        {query.isSuccess && all.length > 0 && shown.length === 0 && (
          <EmptyState
            title="Nothing matches these filters"
            className="m-3"
            action={<Button variant="outline" size="sm" onClick={() => setParams({}, { replace: true })}>Clear filters</Button>}
          />
        )}
        <ul className="divide-y" aria-label="Requirements list">
          {shown.map((r) => (
            <RequirementRow key={r.id} requirement={r} isNew={r.createdAt > openedAt.current} search={params.toString()} />
          ))}
        </ul>
        {query.hasNextPage && (
          <div className="p-3">
            <Button variant="outline" className="w-full" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {query.isFetchingNextPage ? 'Loading…' : 'Load older requirements'}
            </Button>
          </div>
        )}
      </div>
    </>
  );
}

function RequirementRow({ requirement: r, isNew, search }: { requirement: Requirement; isNew: boolean; search: string }) {
  const where = place(r);
  return (
    <li>
      <NavLink
        to={{ pathname: `/inbox/${r.id}`, search }}
        className={({ isActive }) =>
          cn('block px-3 py-2.5 hover:bg-muted focus-visible:-outline-offset-2', isActive && 'bg-accent text-accent-foreground')
        }
      >
        <div className="flex items-start justify-between gap-2">
          <span className="font-medium leading-snug">{r.title}</span>
          <span className="flex shrink-0 gap-1">
            {isNew && <Badge>New</Badge>}
            {(r.vendorCount ?? 0) > 1 && <Badge variant="warning">{r.vendorCount} vendors</Badge>}
            {r.status !== 'OPEN' && <Badge variant="muted">{humanize(r.status)}</Badge>}
          </span>
        </div>
        <div className="mt-0.5 text-xs text-muted-foreground">
          {[r.clientName, where, r.workMode && humanize(r.workMode)].filter(Boolean).join(' · ')}
        </div>
        {r.skills.length > 0 && (
          <div className="mt-1 truncate text-xs text-muted-foreground">
            {r.skills.slice(0, 6).map((s) => s.name).join(', ')}
            {r.skills.length > 6 && ` +${r.skills.length - 6}`}
          </div>
        )}
        <div className="mt-0.5 text-xs text-muted-foreground">
          <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
        </div>
      </NavLink>
    </li>
  );
}
