import { Link, useSearchParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { when } from '@/lib/utils';
import { useNames, useSubmission, useSubmissions, type Submission } from '../api/submissions';
import { byColumn, COLUMNS, STATUS_LABEL } from '../lib/stages';
import { MoveControl } from './move-control';
import { DraftTerms, Interviews, OffersAndPlacement, RtrPanel } from './record-forms';
import { VendorMailAction } from './vendor-mail-action';

type Names = { consultants: Map<string, string>; requirements: Map<string, string> };

/**
 * The pipeline: submissions as a board by stage, each moved only along the moves the API allows. The
 * open card is the URL's `?submission=<id>` (a notification's link opens that submission's detail).
 */
export function PipelinePage() {
  const submissions = useSubmissions();
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const open = params.get('submission') ?? undefined;
  const setOpen = (id: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('submission', id);
        else next.delete('submission');
        return next;
      },
      { replace: true },
    );
  const columns = byColumn(submissions.data ?? []);
  const n: Names = names.data ?? { consultants: new Map(), requirements: new Map() };
  return (
    <div className="flex h-full flex-col">
      <div className="shrink-0 p-4 pb-2">
        <h1 className="text-lg font-semibold">Pipeline</h1>
        <p className="text-sm text-muted-foreground">
          Submissions by stage. A card moves only where the pipeline allows; rejecting, withdrawing and holding need a reason.
        </p>
      </div>
      {submissions.isPending && <Skeleton className="m-4 h-60" label="Loading the pipeline" />}
      {submissions.isError && <div className="p-4"><ErrorState error={submissions.error} retry={() => void submissions.refetch()} /></div>}
      {submissions.isSuccess && submissions.data.length === 0 && (
        <div className="p-4">
          <EmptyState title="No submissions yet">Submit a consultant from a requirement's ranked list (Inbox → a requirement → Submit).</EmptyState>
        </div>
      )}
      {submissions.isSuccess && submissions.data.length > 0 && (
        <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
          <ol aria-label="Pipeline stages" className="flex min-h-0 flex-1 snap-x gap-3 overflow-x-auto px-4 pb-4">
            {COLUMNS.map((c) => {
              const items = columns.get(c.key) ?? [];
              return (
                <li key={c.key} className="flex w-64 shrink-0 snap-start flex-col rounded-lg border bg-muted/30" aria-labelledby={`col-${c.key}`}>
                  <h2 id={`col-${c.key}`} className="flex items-center justify-between px-3 py-2 text-sm font-semibold">
                    {c.label} <Badge variant="muted" aria-label={`${items.length} submissions`}>{items.length}</Badge>
                  </h2>
                  <ul className="min-h-0 flex-1 space-y-2 overflow-y-auto px-2 pb-2">
                    {items.slice(0, 50).map((s) => (
                      <Card key={s.id} s={s} names={n} selected={open === s.id} onOpen={() => setOpen(open === s.id ? undefined : s.id)} />
                    ))}
                    {items.length > 50 && <li className="px-1 text-xs text-muted-foreground">and {items.length - 50} more</li>}
                  </ul>
                </li>
              );
            })}
          </ol>
          {open && <Detail id={open} names={n} onClose={() => setOpen(undefined)} />}
        </div>
      )}
    </div>
  );
}

function cardLabel(s: Submission, names: Names): string {
  return `${names.consultants.get(s.consultantId) ?? 'Consultant'} for ${names.requirements.get(s.requirementId) ?? 'a requirement'}`;
}

function Card({ s, names, selected, onOpen }: { s: Submission; names: Names; selected: boolean; onOpen: () => void }) {
  const label = cardLabel(s, names);
  return (
    <li className="rounded-md border bg-card p-2 text-sm shadow-sm" data-testid="submission-card" data-status={s.status}>
      <button type="button" className="block w-full text-left" onClick={onOpen} aria-expanded={selected} aria-controls="submission-detail">
        <span className="block truncate font-medium">{names.consultants.get(s.consultantId) ?? s.consultantId.slice(-8)}</span>
        <span className="block truncate text-xs text-muted-foreground">{names.requirements.get(s.requirementId) ?? 'requirement ' + s.requirementId.slice(-8)}</span>
      </button>
      <div className="mt-1 flex flex-wrap gap-1 text-xs">
        {s.vendorName && <Badge variant="outline">{s.vendorName}</Badge>}
        {s.status === 'ON_HOLD' && s.heldFrom && <Badge variant="warning">held from {STATUS_LABEL[s.heldFrom]}</Badge>}
        {(s.status === 'REJECTED' || s.status === 'WITHDRAWN') && <Badge variant="muted">{STATUS_LABEL[s.status]}</Badge>}
        {s.margin && <Badge variant="muted">margin {s.margin.percent.toFixed(1)} %</Badge>}
        {s.overrides && <Badge variant="warning">override</Badge>}
      </div>
      <MoveControl submission={s} label={label} />
    </li>
  );
}

function Detail({ id, names, onClose }: { id: string; names: Names; onClose: () => void }) {
  const s = useSubmission(id);
  return (
    <section id="submission-detail" aria-label="Submission" className="max-h-[50vh] w-full shrink-0 overflow-y-auto border-t p-4 lg:max-h-none lg:w-96 lg:border-l lg:border-t-0">
      <div className="flex items-start justify-between gap-2">
        <h2 className="font-semibold">{s.data ? cardLabel(s.data, names) : 'Submission'}</h2>
        <Button size="sm" variant="ghost" onClick={onClose}>Close</Button>
      </div>
      {s.isPending && <Skeleton className="mt-2 h-32" label="Loading the submission" />}
      {s.isError && <ErrorState error={s.error} />}
      {s.data && (
        <div className="mt-2 space-y-4 text-sm">
          <p>
            <Badge>{STATUS_LABEL[s.data.status]}</Badge>{' '}
            <Link className="underline" to={`/inbox/${s.data.requirementId}`}>Requirement</Link>{' · '}
            <Link className="underline" to={`/bench/${s.data.consultantId}`}>Consultant</Link>
          </p>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
            <dt className="text-muted-foreground">Vendor</dt><dd>{s.data.vendorName ?? '—'}</dd>
            <dt className="text-muted-foreground">RTR</dt>
            <dd>{s.data.rtrId ? <Badge variant="success">on file</Badge> : s.data.status === 'DRAFT' ? 'needed to submit (if required): record one below' : <Badge variant="muted">none recorded</Badge>}</dd>
            <dt className="text-muted-foreground">Bill / pay</dt>
            <dd>{s.data.billRate ? `${s.data.billRate.amount} ${s.data.billRate.currency}/${s.data.billRate.unit.toLowerCase()}` : '—'} / {s.data.payRate ? `${s.data.payRate.amount} ${s.data.payRate.currency}` : '—'}</dd>
            {s.data.statusReason && (<><dt className="text-muted-foreground">Reason</dt><dd>{s.data.statusReason}</dd></>)}
            {s.data.overrides?.duplicateReason && (<><dt className="text-muted-foreground">Duplicate override</dt><dd>{s.data.overrides.duplicateReason}</dd></>)}
          </dl>
          {s.data.requirementVendors?.multipleVendors && (
            <p className="text-xs"><Badge variant="warning">{s.data.requirementVendors.count} vendors</Badge> sent this requirement.</p>
          )}
          <DraftTerms submission={s.data} />
          <RtrPanel submission={s.data} />
          <VendorMailAction submission={s.data} />
          <Interviews submission={s.data} />
          <OffersAndPlacement submission={s.data} />
          <div>
            <h3 className="text-xs font-semibold uppercase text-muted-foreground">History</h3>
            <ol className="mt-1 space-y-1 text-xs">
              {(s.data.history ?? []).map((h, k) => (
                <li key={k}>
                  <time dateTime={h.at}>{when(h.at)}</time>: {h.from ? `${STATUS_LABEL[h.from]} → ` : ''}{STATUS_LABEL[h.to]}
                  {h.reason && <span className="text-muted-foreground"> ({h.reason})</span>}
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
