import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toaster';
import { useConsultants } from '@/features/bench/api/get-consultants';
import { useHasRole } from '@/lib/auth/auth-context';
import { cn, humanize, when } from '@/lib/utils';
import { DraftEditor } from './draft-editor';
import {
  CONSENT_BASES,
  TIERS,
  explainMarketingProblem,
  useAddSuppression,
  useAllContacts,
  useApproveDraft,
  useContact,
  useContactConsent,
  useCreateDistributionList,
  useCreateDraft,
  useDeleteDistributionList,
  useDeleteHotList,
  useDistributionLists,
  useDrafts,
  useHotListPreview,
  useHotLists,
  useRecordConsent,
  useRemoveSuppression,
  useReplaceDistributionList,
  useSaveHotList,
  useSentMail,
  useSuppressions,
  useWithdrawConsent,
  type ConsentBasis,
  type DistributionList,
  type DistributionListInput,
  type DistributionTier,
  type HotList,
  type HotListFilter,
  type HotListInput,
  type OutreachDraft,
} from '../api/marketing';
import { ApprovedDrafts } from './draft-messages';
import { MessageTable } from './message-table';
import { ListContacts } from './list-contacts';
import { LoadMore } from './load-more';

const TABS = [
  { id: 'hot-lists', label: 'Hot lists' },
  { id: 'distribution-lists', label: 'Distribution lists' },
  { id: 'drafts', label: 'Drafts' },
  { id: 'sent', label: 'Sent mail' },
  { id: 'suppressions', label: 'Suppressions' },
] as const;
type Tab = (typeof TABS)[number]['id'];

const WRITERS = ['Owner', 'Admin', 'Recruiter', 'Sales'] as const;
const APPROVERS = ['Owner', 'Admin', 'Recruiter'] as const;
const READERS = ['Owner', 'Admin', 'Recruiter', 'Sales', 'Analyst'] as const;

const WORK_AUTHS = ['US_CITIZEN', 'GREEN_CARD', 'GC_EAD', 'H1B', 'H4_EAD', 'L2_EAD', 'OPT_EAD', 'STEM_OPT', 'CPT', 'TN', 'E3', 'OTHER'] as const;
const AVAILABILITY = ['AVAILABLE', 'ON_PROJECT', 'NOT_AVAILABLE'] as const;

function list(text: FormDataEntryValue | null): string[] {
  return String(text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function Problem({ text }: { text?: string }) {
  return text ? (
    <p role="alert" className="text-sm text-destructive">
      {text}
    </p>
  ) : null;
}

/** The Marketing area: hot lists, distribution lists with consent, drafts a person approves, sent mail, suppressions. */
export function MarketingPage() {
  const read = useHasRole(...READERS);
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.id === params.get('tab'))?.id ?? 'hot-lists') as Tab;
  if (!read) {
    return (
      <div className="p-4">
        <h1 className="text-lg font-semibold">Marketing</h1>
        <p className="mt-2 text-sm text-muted-foreground">Your role does not see marketing.</p>
      </div>
    );
  }
  return (
    <div className="h-full overflow-y-auto p-4">
      <h1 className="text-lg font-semibold">Marketing</h1>
      <p className="text-sm text-muted-foreground">
        The bench goes out as hot lists to vendor distribution lists. Nothing is sent until a person approves the draft; only contacts with consent and not suppressed
        are mailed.
      </p>
      <nav aria-label="Marketing" className="mt-3 flex flex-wrap gap-1 border-b pb-2">
        {TABS.map((t) => (
          <Button
            key={t.id}
            size="sm"
            variant={t.id === tab ? 'default' : 'ghost'}
            aria-current={t.id === tab ? 'page' : undefined}
            onClick={() => setParams({ tab: t.id })}
          >
            {t.label}
          </Button>
        ))}
      </nav>
      <div className="mt-4">
        {tab === 'hot-lists' && <HotListsPanel />}
        {tab === 'distribution-lists' && <DistributionListsPanel />}
        {tab === 'drafts' && <DraftsPanel />}
        {tab === 'sent' && <SentPanel />}
        {tab === 'suppressions' && <SuppressionsPanel />}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- hot lists

function HotListsPanel() {
  const write = useHasRole(...WRITERS);
  const lists = useHotLists();
  const remove = useDeleteHotList();
  const [params] = useSearchParams();
  const [editing, setEditing] = useState<HotList | 'new'>();
  // `?hotList=<id>` (a reply notification's link) opens that hot list's preview
  const [previewId, setPreviewId] = useState<string | undefined>(params.get('hotList') ?? undefined);
  const [error, setError] = useState<string>();
  return (
    <section aria-labelledby="hl-h" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="hl-h" className="text-base font-semibold">Hot lists</h2>
        {write && !editing && (
          <Button size="sm" onClick={() => setEditing('new')}>
            New hot list
          </Button>
        )}
      </div>
      {editing && <HotListForm key={editing === 'new' ? 'new' : editing.id} hotList={editing === 'new' ? undefined : editing} done={() => setEditing(undefined)} />}
      <Problem text={error} />
      {lists.isPending && <Skeleton className="h-24" label="Loading hot lists" />}
      {lists.isError && <ErrorState error={lists.error} retry={() => void lists.refetch()} />}
      {lists.isSuccess && lists.data.length === 0 && <EmptyState title="No hot lists">Pick consultants or save a filter over the bench.</EmptyState>}
      {lists.isSuccess && lists.data.length > 0 && (
        <ul className="divide-y rounded-md border">
          {lists.data.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
              <span className="font-medium">{h.name}</span>
              <span className="text-xs text-muted-foreground">
                {h.consultantIds.length} picked{h.filter ? ', plus a filter' : ''} · {humanize(h.ordering)}
              </span>
              <span className="ml-auto flex gap-1">
                <Button size="sm" variant="outline" aria-label={`Preview ${h.name}`} onClick={() => setPreviewId(previewId === h.id ? undefined : h.id)}>
                  Preview
                </Button>
                {write && (
                  <>
                    <Button size="sm" variant="outline" aria-label={`Edit ${h.name}`} onClick={() => setEditing(h)}>
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      variant="outline"
                      aria-label={`Delete ${h.name}`}
                      disabled={remove.isPending}
                      onClick={() => {
                        setError(undefined);
                        remove.mutate(h.id, {
                          onSuccess: () => toast.success(`${h.name} deleted`),
                          onError: (e) => setError(explainMarketingProblem(e)),
                        });
                      }}
                    >
                      Delete
                    </Button>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <LoadMore pager={lists} what="hot lists" />
      {previewId && <HotListPreview id={previewId} />}
    </section>
  );
}

function HotListForm({ hotList, done }: { hotList?: HotList; done: () => void }) {
  const save = useSaveHotList();
  const consultants = useConsultants();
  const people = consultants.data?.pages.flatMap((p) => p.items) ?? [];
  const [picked, setPicked] = useState<string[]>(hotList?.consultantIds ?? []);
  const [error, setError] = useState<string>();
  const f0 = hotList?.filter;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const filter: HotListFilter = {};
    const skills = list(f.get('skills'));
    const tags = list(f.get('tags'));
    const auths = f.getAll('workAuthorizations').map(String) as HotListFilter['workAuthorizations'];
    const avail = f.getAll('availability').map(String) as HotListFilter['availability'];
    if (skills.length) filter.skills = skills;
    if (tags.length) filter.tags = tags;
    if (auths?.length) filter.workAuthorizations = auths;
    if (avail?.length) filter.availability = avail;
    const useFilter = f.get('useFilter') === 'on';
    if (useFilter) filter.onBenchOnly = f.get('onBenchOnly') === 'on';
    const input: HotListInput = {
      name: String(f.get('name')).trim(),
      consultantIds: picked,
      ordering: String(f.get('ordering')) as HotListInput['ordering'],
      ...(useFilter ? { filter } : {}),
    };
    setError(undefined);
    save.mutate(
      { id: hotList?.id, input },
      {
        onSuccess: (h) => {
          toast.success(`${h.name} saved`);
          done();
        },
        onError: (err) => setError(explainMarketingProblem(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={hotList ? `Edit ${hotList.name}` : 'New hot list'} className="space-y-3 rounded-md border p-3">
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="space-y-1">
          <Label htmlFor="hl-name">Name</Label>
          <Input id="hl-name" name="name" required maxLength={200} defaultValue={hotList?.name} autoFocus />
        </div>
        <div className="space-y-1">
          <Label htmlFor="hl-ordering">Order</Label>
          <Select id="hl-ordering" name="ordering" defaultValue={hotList?.ordering ?? 'DAYS_ON_BENCH'}>
            <option value="DAYS_ON_BENCH">Longest on the bench first</option>
            <option value="TITLE">By title</option>
          </Select>
        </div>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Hand-picked consultants ({picked.length})</legend>
        {consultants.isPending && <Skeleton className="h-16" label="Loading consultants" />}
        <div className="max-h-48 overflow-y-auto rounded-md border p-2">
          {people.map((c) => (
            <label key={c.id} className="flex items-center gap-2 py-0.5 text-sm">
              <input
                type="checkbox"
                checked={picked.includes(c.id)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((p) => p !== c.id))}
              />
              {c.fullName}
              {c.title && <span className="text-xs text-muted-foreground">{c.title}</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Saved filter</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="useFilter" defaultChecked={!!f0} /> Also list whoever this filter finds
        </label>
        <div className="grid gap-2 sm:grid-cols-2">
          <div className="space-y-1">
            <Label htmlFor="hl-skills">Skills (any, comma-separated)</Label>
            <Input id="hl-skills" name="skills" defaultValue={f0?.skills?.join(', ')} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="hl-tags">Tags (all, comma-separated)</Label>
            <Input id="hl-tags" name="tags" defaultValue={f0?.tags?.join(', ')} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="hl-auth">Work authorizations</Label>
            <Select id="hl-auth" name="workAuthorizations" multiple className="h-24" defaultValue={f0?.workAuthorizations ?? []}>
              {WORK_AUTHS.map((w) => (
                <option key={w} value={w}>{humanize(w)}</option>
              ))}
            </Select>
          </div>
          <div className="space-y-1">
            <Label htmlFor="hl-avail">Availability</Label>
            <Select id="hl-avail" name="availability" multiple className="h-24" defaultValue={f0?.availability ?? []}>
              {AVAILABILITY.map((a) => (
                <option key={a} value={a}>{humanize(a)}</option>
              ))}
            </Select>
          </div>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="onBenchOnly" defaultChecked={f0?.onBenchOnly ?? true} /> On the bench only (placed consultants left out)
        </label>
      </fieldset>
      <Problem text={error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>Save hot list</Button>
        <Button type="button" variant="outline" onClick={done}>Cancel</Button>
      </div>
    </form>
  );
}

/** The rendered mail: HTML in a sandboxed frame (no scripts, no same origin), and the plain text. */
function HotListPreview({ id }: { id: string }) {
  const preview = useHotListPreview(id);
  if (preview.isPending) return <Skeleton className="h-40" label="Rendering the hot list" />;
  if (preview.isError) return <ErrorState error={preview.error} retry={() => void preview.refetch()} />;
  const p = preview.data;
  return (
    <section aria-labelledby="pv-h" className="space-y-2 rounded-md border p-3">
      <h3 id="pv-h" className="text-sm font-semibold">Preview: {p.subject}</h3>
      <p className="text-xs text-muted-foreground">
        {p.lines.length} consultant{p.lines.length === 1 ? '' : 's'}
        {p.excludedOptedOut > 0 ? `, ${p.excludedOptedOut} left out (opted out of marketing)` : ''}. The footer (postal address, unsubscribe) is added per recipient when sent.
      </p>
      <iframe title="Hot list mail (HTML)" sandbox="" srcDoc={p.html} className="h-72 w-full rounded border bg-white" />
      <details>
        <summary className="cursor-pointer text-sm">Plain text</summary>
        <pre className="mt-1 max-h-72 overflow-auto whitespace-pre-wrap rounded bg-muted p-2 text-xs" role="region" aria-label="Hot list mail (plain text)" tabIndex={0}>{p.text}</pre>
      </details>
    </section>
  );
}

// ------------------------------------------------------- distribution lists

function DistributionListsPanel() {
  const write = useHasRole(...WRITERS);
  const lists = useDistributionLists();
  const contacts = useAllContacts();
  const remove = useDeleteDistributionList();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();
  const name = (id: string) => contacts.data?.find((c) => c.id === id);
  return (
    <section aria-labelledby="dl-h" className="space-y-3">
      <div className="flex items-center justify-between">
        <h2 id="dl-h" className="text-base font-semibold">Distribution lists</h2>
        {write && !creating && (
          <Button size="sm" onClick={() => setCreating(true)}>
            New distribution list
          </Button>
        )}
      </div>
      {creating && <DistributionListForm done={() => setCreating(false)} />}
      {lists.isPending && <Skeleton className="h-24" label="Loading distribution lists" />}
      {lists.isError && <ErrorState error={lists.error} retry={() => void lists.refetch()} />}
      {lists.isSuccess && lists.data.length === 0 && <EmptyState title="No distribution lists">Group vendor contacts by skill focus, region and tier.</EmptyState>}
      <Problem text={error} />
      {lists.data?.map((d) => (
        <article key={d.id} aria-labelledby={`dl-${d.id}`} className="rounded-md border p-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`dl-${d.id}`} className="font-medium">{d.name}</h3>
            {write && editing !== d.id && confirming !== d.id && (
              <span className="ml-auto flex gap-1">
                <Button size="sm" variant="outline" aria-label={`Edit ${d.name}`} onClick={() => setEditing(d.id)}>
                  Edit
                </Button>
                <Button size="sm" variant="outline" aria-label={`Delete ${d.name}`} onClick={() => setConfirming(d.id)}>
                  Delete
                </Button>
              </span>
            )}
          </div>
          {confirming === d.id && (
            <div role="group" aria-label={`Delete ${d.name}?`} className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-destructive/40 p-2 text-sm">
              <span>Delete {d.name}? Its contacts and their consent are kept.</span>
              <Button
                size="sm"
                variant="destructive"
                disabled={remove.isPending}
                onClick={() => {
                  setError(undefined);
                  remove.mutate(d.id, {
                    onSuccess: () => {
                      toast.success(`${d.name} deleted`);
                      setConfirming(undefined);
                    },
                    onError: (e) => {
                      setError(explainMarketingProblem(e));
                      setConfirming(undefined);
                    },
                  });
                }}
              >
                Delete list
              </Button>
              <Button size="sm" variant="outline" onClick={() => setConfirming(undefined)}>
                Keep
              </Button>
            </div>
          )}
          {editing === d.id && <DistributionListForm list={d} done={() => setEditing(undefined)} />}
          <p className="flex flex-wrap gap-1 text-xs text-muted-foreground">
            {d.tier && <Badge variant="outline">{humanize(d.tier)}</Badge>}
            {d.region && <Badge variant="outline">{d.region}</Badge>}
            {d.skillFocus.map((s) => (
              <Badge key={s} variant="outline">{s}</Badge>
            ))}
          </p>
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">Contacts of {d.name} and their consent</caption>
            <thead className="text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="py-1">Contact</th>
                <th scope="col" className="py-1">Consent</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              <ListContacts
                ids={d.contactIds}
                known={(id) => {
                  const c = name(id);
                  return c ? { fullName: c.fullName, email: c.email ?? undefined } : undefined;
                }}
                row={(id, c) => <ContactConsentRow key={id} contactId={id} label={c ? c.fullName : id} email={c?.email} canWrite={write} />}
              />
            </tbody>
          </table>
        </article>
      ))}
      <LoadMore pager={lists} what="distribution lists" />
    </section>
  );
}

function ContactConsentRow({ contactId, label, email, canWrite }: { contactId: string; label: string; email?: string; canWrite: boolean }) {
  const consent = useContactConsent(contactId);
  const record = useRecordConsent();
  const withdraw = useWithdrawConsent();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const note = String(f.get('note') ?? '').trim();
    const given = String(f.get('givenAt'));
    setError(undefined);
    record.mutate(
      { contactId, input: { basis: String(f.get('basis')) as ConsentBasis, givenAt: new Date(given).toISOString(), ...(note ? { note } : {}) } },
      {
        onSuccess: () => {
          toast.success(`Consent recorded for ${label}`);
          setOpen(false);
        },
        onError: (err) => setError(explainMarketingProblem(err)),
      },
    );
  };
  const today = new Date().toISOString().slice(0, 10);
  return (
    <tr>
      <td className="py-1 align-top">
        {label}
        {email ? <span className="block text-xs text-muted-foreground">{email}</span> : <span className="block text-xs text-destructive">no e-mail address</span>}
      </td>
      <td className="py-1 align-top">
        {consent.isPending && <span className="text-xs text-muted-foreground">…</span>}
        {consent.isSuccess &&
          (consent.data ? (
            <Badge variant="success">{humanize(consent.data.basis)} since {consent.data.givenAt.slice(0, 10)}</Badge>
          ) : (
            <Badge variant="warning">no consent</Badge>
          ))}
        {canWrite && !open && !confirming && (
          <Button size="sm" variant="ghost" className="ml-2" aria-label={`Record consent for ${label}`} onClick={() => setOpen(true)}>
            Record consent
          </Button>
        )}
        {canWrite && !open && !confirming && consent.data && (
          <Button size="sm" variant="ghost" aria-label={`Withdraw consent of ${label}`} onClick={() => setConfirming(true)}>
            Withdraw consent
          </Button>
        )}
        {confirming && (
          <div role="group" aria-label={`Withdraw consent of ${label}?`} className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <span>Withdraw {label}&apos;s consent? No mail goes to {label} until consent is recorded again.</span>
            <Button
              size="sm"
              variant="destructive"
              disabled={withdraw.isPending}
              onClick={() => {
                setError(undefined);
                withdraw.mutate(contactId, {
                  onSuccess: () => {
                    toast.success(`Consent withdrawn for ${label}`);
                    setConfirming(false);
                  },
                  onError: (err) => {
                    setError(explainMarketingProblem(err));
                    setConfirming(false);
                  },
                });
              }}
            >
              Withdraw
            </Button>
            <Button size="sm" variant="outline" onClick={() => setConfirming(false)}>
              Keep consent
            </Button>
          </div>
        )}
        {!open && <Problem text={error} />}
        {open && (
          <form onSubmit={submit} aria-label={`Consent of ${label}`} className="mt-1 grid gap-1 sm:grid-cols-3 sm:items-end">
            <div className="space-y-1">
              <Label htmlFor={`cb-${contactId}`}>Basis</Label>
              <Select id={`cb-${contactId}`} name="basis" defaultValue="OPT_IN">
                {CONSENT_BASES.map((b) => (
                  <option key={b} value={b}>{humanize(b)}</option>
                ))}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor={`cg-${contactId}`}>Given on</Label>
              <Input id={`cg-${contactId}`} name="givenAt" type="date" required defaultValue={today} max={today} />
            </div>
            <div className="space-y-1">
              <Label htmlFor={`cn-${contactId}`}>Note</Label>
              <Input id={`cn-${contactId}`} name="note" maxLength={1000} />
            </div>
            <div className="flex gap-1 sm:col-span-3">
              <Button size="sm" type="submit" disabled={record.isPending}>Save consent</Button>
              <Button size="sm" type="button" variant="outline" onClick={() => setOpen(false)}>Cancel</Button>
            </div>
            <Problem text={error} />
          </form>
        )}
      </td>
    </tr>
  );
}

function DistributionListForm({ list: current, done }: { list?: DistributionList; done: () => void }) {
  const create = useCreateDistributionList();
  const replace = useReplaceDistributionList();
  const contacts = useAllContacts();
  const [picked, setPicked] = useState<string[]>(current?.contactIds ?? []);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const region = String(f.get('region') ?? '').trim();
    const tier = String(f.get('tier') ?? '');
    setError(undefined);
    const input: DistributionListInput = {
      name: String(f.get('name')).trim(),
      skillFocus: list(f.get('skillFocus')),
      contactIds: picked,
      ...(region ? { region } : {}),
      ...(tier ? { tier: tier as DistributionTier } : {}),
    };
    const callbacks = {
      onSuccess: (d: DistributionList) => {
        toast.success(`${d.name} ${current ? 'saved' : 'created'}`);
        done();
      },
      onError: (err: unknown) => setError(explainMarketingProblem(err)),
    };
    // PUT replaces: a region or tier emptied here is left out of the body and so cleared.
    if (current) replace.mutate({ id: current.id, input }, callbacks);
    else create.mutate(input, callbacks);
  };
  const p = current?.id ?? 'new';
  return (
    <form onSubmit={submit} aria-label={current ? `Edit ${current.name}` : 'New distribution list'} className="mt-2 space-y-3 rounded-md border p-3">
      <div className="grid gap-2 sm:grid-cols-2 md:grid-cols-4">
        <div className="space-y-1">
          <Label htmlFor={`dl-name-${p}`}>Name</Label>
          <Input id={`dl-name-${p}`} name="name" required maxLength={200} autoFocus defaultValue={current?.name} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`dl-skills-${p}`}>Skill focus (comma-separated)</Label>
          <Input id={`dl-skills-${p}`} name="skillFocus" defaultValue={current?.skillFocus.join(', ')} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`dl-region-${p}`}>Region</Label>
          <Input id={`dl-region-${p}`} name="region" maxLength={200} defaultValue={current?.region ?? ''} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`dl-tier-${p}`}>Tier</Label>
          <Select id={`dl-tier-${p}`} name="tier" defaultValue={current?.tier ?? ''}>
            <option value="">None</option>
            {TIERS.map((t) => (
              <option key={t} value={t}>{humanize(t)}</option>
            ))}
          </Select>
        </div>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Contacts ({picked.length})</legend>
        {contacts.isPending && <Skeleton className="h-16" label="Loading contacts" />}
        <div className="max-h-48 overflow-y-auto rounded-md border p-2">
          {contacts.data?.map((c) => (
            <label key={c.id} className="flex items-center gap-2 py-0.5 text-sm">
              <input
                type="checkbox"
                checked={picked.includes(c.id)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((p) => p !== c.id))}
              />
              {c.fullName}
              <span className="text-xs text-muted-foreground">{c.email ?? 'no e-mail'}</span>
            </label>
          ))}
          <LoadMore pager={contacts} what="contacts" />
        </div>
      </fieldset>
      <Problem text={error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || replace.isPending}>{current ? 'Save list' : 'Create list'}</Button>
        <Button type="button" variant="outline" onClick={done}>Cancel</Button>
      </div>
    </form>
  );
}

// ------------------------------------------------------------------- drafts

function DraftsPanel() {
  const [params] = useSearchParams();
  const focus = params.get('draft') ?? undefined;
  const write = useHasRole(...WRITERS);
  const drafts = useDrafts('DRAFT');
  return (
    <section aria-labelledby="dr-h" className="space-y-3">
      <h2 id="dr-h" className="text-base font-semibold">Drafts awaiting approval</h2>
      {write && <NewDraftForm />}
      {drafts.isPending && <Skeleton className="h-24" label="Loading drafts" />}
      {drafts.isError && <ErrorState error={drafts.error} retry={() => void drafts.refetch()} />}
      {drafts.isSuccess && drafts.data.length === 0 && (
        <EmptyState title="No drafts awaiting approval">Draft a hot list for a distribution list above, or a submission's mail to its vendor from the Pipeline.</EmptyState>
      )}
      {drafts.data?.map((d) => <DraftCard key={d.id} draft={d} focused={d.id === focus} />)}
      <LoadMore pager={drafts} what="drafts" />
      <ApprovedDrafts focus={focus} />
    </section>
  );
}

function NewDraftForm() {
  const hotLists = useHotLists();
  const lists = useDistributionLists();
  const create = useCreateDraft();
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    create.mutate(
      { hotListId: String(f.get('hotListId')), distributionListId: String(f.get('distributionListId')) },
      { onSuccess: () => toast.success('Draft created: read it and approve it to send'), onError: (err) => setError(explainMarketingProblem(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="New draft" className="grid gap-2 rounded-md border p-3 sm:grid-cols-3 sm:items-end">
      <div className="space-y-1">
        <Label htmlFor="dr-hl">Hot list</Label>
        <Select id="dr-hl" name="hotListId" required defaultValue="">
          <option value="" disabled>Choose…</option>
          {hotLists.data?.map((h) => (
            <option key={h.id} value={h.id}>{h.name}</option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="dr-dl">Distribution list</Label>
        <Select id="dr-dl" name="distributionListId" required defaultValue="">
          <option value="" disabled>Choose…</option>
          {lists.data?.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={create.isPending}>Draft the mail</Button>
      <div className="sm:col-span-3">
        <Problem text={error} />
      </div>
    </form>
  );
}

function DraftCard({ draft, focused }: { draft: OutreachDraft; focused?: boolean }) {
  const approver = useHasRole(...APPROVERS);
  const approve = useApproveDraft();
  const [error, setError] = useState<string>();
  return (
    <article
      aria-labelledby={`d-${draft.id}`}
      aria-current={focused ? 'true' : undefined}
      ref={(el) => {
        if (focused && el) el.scrollIntoView?.({ block: 'nearest' });
      }}
      className={cn('space-y-2 rounded-md border p-3', focused && 'ring-2 ring-primary')}
    >
      <h3 id={`d-${draft.id}`} className="font-medium">{draft.subject}</h3>
      <p className="text-xs text-muted-foreground">
        {humanize(draft.kind)} · {draft.generator === 'TEMPLATE' ? 'from the template' : 'drafted by AI'} · by {draft.createdBy}, <time dateTime={draft.createdAt}>{when(draft.createdAt)}</time>
      </p>
      {draft.kind === 'SUBMISSION' && <SubmissionDraftFacts draft={draft} />}
      {draft.generatorNote && (
        <p className="text-xs text-muted-foreground">
          <Badge variant="warning">AI fell back</Badge> {draft.generatorNote}
        </p>
      )}
      <pre className="max-h-72 overflow-auto whitespace-pre-wrap rounded bg-muted p-2 text-xs" role="region" aria-label={`Text of ${draft.subject}`} tabIndex={0}>
        {draft.bodyText}
      </pre>
      <DraftEditor draft={draft} />
      {approver ? (
        <Button
          size="sm"
          disabled={approve.isPending}
          onClick={() => {
            setError(undefined);
            // The promise, not mutate's callbacks: the approved draft leaves this list when the drafts are
            // read again, and callbacks of an unmounted component never run (the toast would be lost).
            approve.mutateAsync(draft.id).then(
              (a) =>
                toast.success(`Approved: ${a.queued} mail${a.queued === 1 ? '' : 's'} queued${a.skipped.length ? `, ${a.skipped.length} skipped (no consent, suppressed or no e-mail)` : ''}`),
              (err: unknown) => setError(explainMarketingProblem(err, 'approve')),
            );
          }}
        >
          Approve and send
        </Button>
      ) : (
        <p className="text-xs text-muted-foreground">A Recruiter, Admin or Owner approves drafts.</p>
      )}
      <Problem text={error} />
    </article>
  );
}

/** A submission draft's recipient (the vendor contact) and its attachment (the signed RTR). */
function SubmissionDraftFacts({ draft }: { draft: OutreachDraft }) {
  const contact = useContact(draft.contactId);
  const to = contact.data ? `${contact.data.fullName}${contact.data.email ? ` <${contact.data.email}>` : ''}` : contact.isError ? 'the vendor contact' : '…';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs" aria-label={`Submission mail ${draft.subject}`}>
      <dt className="text-muted-foreground">To</dt>
      <dd>{to}</dd>
      <dt className="text-muted-foreground">Attachment</dt>
      <dd>{draft.attachmentName ?? '—'} (signed right to represent)</dd>
    </dl>
  );
}

// --------------------------------------------------------------------- sent

function SentPanel() {
  const sent = useSentMail();
  return (
    <section aria-labelledby="se-h" className="space-y-3">
      <h2 id="se-h" className="text-base font-semibold">Sent mail</h2>
      {sent.isPending && <Skeleton className="h-24" label="Loading sent mail" />}
      {sent.isError && <ErrorState error={sent.error} retry={() => void sent.refetch()} />}
      {sent.isSuccess && sent.data.length === 0 && <EmptyState title="Nothing sent yet">Approved drafts appear here, one line per recipient.</EmptyState>}
      {sent.isSuccess && sent.data.length > 0 && (
        <MessageTable caption="Sent mail" messages={sent.data} />
      )}
      <LoadMore pager={sent} what="sent mail" />
    </section>
  );
}

// ------------------------------------------------------------- suppressions

function SuppressionsPanel() {
  const write = useHasRole(...WRITERS);
  const list = useSuppressions();
  const add = useAddSuppression();
  const remove = useRemoveSuppression();
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const detail = String(f.get('detail') ?? '').trim();
    setError(undefined);
    add.mutate(
      { email: String(f.get('email')).trim(), ...(detail ? { detail } : {}) },
      {
        onSuccess: (s) => {
          toast.success(`${s.email} suppressed`);
          form.reset();
        },
        onError: (err) => setError(explainMarketingProblem(err)),
      },
    );
  };
  return (
    <section aria-labelledby="su-h" className="space-y-3">
      <h2 id="su-h" className="text-base font-semibold">Suppressions</h2>
      <p className="text-sm text-muted-foreground">Addresses never mailed again: unsubscribed, bounced, complained or added here.</p>
      {write && (
        <form onSubmit={submit} aria-label="Suppress an address" className="grid gap-2 rounded-md border p-3 sm:grid-cols-3 sm:items-end">
          <div className="space-y-1">
            <Label htmlFor="su-email">E-mail</Label>
            <Input id="su-email" name="email" type="email" required maxLength={254} autoComplete="off" />
          </div>
          <div className="space-y-1">
            <Label htmlFor="su-detail">Why</Label>
            <Input id="su-detail" name="detail" maxLength={1000} />
          </div>
          <Button type="submit" disabled={add.isPending}>Suppress</Button>
        </form>
      )}
      <Problem text={error} />
      {list.isPending && <Skeleton className="h-24" label="Loading suppressions" />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {list.isSuccess && list.data.length === 0 && <EmptyState title="No suppressed addresses">Unsubscribes, bounces and complaints land here.</EmptyState>}
      {list.isSuccess && list.data.length > 0 && (
        <ul className="divide-y rounded-md border" aria-label="Suppressed addresses">
          {list.data.map((s) => (
            <li key={s.email} className={cn('flex flex-wrap items-center gap-2 px-3 py-2 text-sm')}>
              <span className="font-medium">{s.email}</span>
              <Badge variant="outline">{s.reason.toLowerCase()}</Badge>
              {s.detail && <span className="text-xs text-muted-foreground">{s.detail}</span>}
              {write && (
                <Button
                  size="sm"
                  variant="outline"
                  className="ml-auto"
                  aria-label={`Remove ${s.email}`}
                  disabled={remove.isPending}
                  onClick={() => {
                    setError(undefined);
                    remove.mutate(s.email, { onSuccess: () => toast.success(`${s.email} removed`), onError: (err) => setError(explainMarketingProblem(err)) });
                  }}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <LoadMore pager={list} what="suppressed addresses" />
    </section>
  );
}
