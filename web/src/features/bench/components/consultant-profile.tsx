import { Link, useParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { humanize, percent, when, workAuthLabel } from '@/lib/utils';
import { place } from '@/features/inbox/lib/filter-requirements';
import { FactorBars } from '@/features/requirements/components/factor-bars';
import { useConsultant } from '../api/get-consultant';
import { useConsultantMatches } from '../api/get-consultant-matches';
import { daysUntil, useConsultantDocuments, useDownloadDocument } from '../api/documents';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';
import { Timeline } from '@/features/activities/components/timeline';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { useHasRole } from '@/lib/auth/auth-context';
import { ConsultantMarketingToggle } from '@/features/marketing/components/consultant-marketing';
import { PendingChanges } from '@/features/pending-changes/components/pending-changes';
import { ConsultantOwnerField } from './consultant-owner';

/** A consultant's profile and the open requirements they fit best. */
export function ConsultantProfile() {
  const { consultantId = '' } = useParams();
  const canTag = useHasRole('Owner', 'Admin', 'Recruiter');
  const consultant = useConsultant(consultantId);
  if (consultant.isPending) return <div className="p-4"><Skeleton className="h-40" label="Loading the consultant" /></div>;
  if (consultant.isError) return <div className="p-4"><ErrorState error={consultant.error} retry={() => void consultant.refetch()} /></div>;
  const c = consultant.data;
  return (
    <article className="space-y-5 p-4" aria-labelledby="consultant-name">
      <Link to="/bench" className="text-sm text-primary underline-offset-4 hover:underline lg:hidden">← Bench</Link>
      <header>
        <h1 id="consultant-name" className="text-xl font-semibold">{c.fullName}</h1>
        {c.title && <p className="text-muted-foreground">{c.title}</p>}
        <p className="mt-1 flex flex-wrap gap-1">
          {c.daysOnBench !== undefined && <Badge variant={c.daysOnBench > 60 ? 'warning' : 'outline'}>{c.daysOnBench} days on bench</Badge>}
          <Expiry validUntil={c.workAuthorizationValidity?.validUntil} label="Work authorization" />
          <Expiry validUntil={c.workAuthorizationValidity?.i94ValidUntil} label="I-94" />
        </p>
        <div className="mt-1"><TagEditor owner="consultant" id={c.id} tags={c.tags ?? []} canEdit={canTag} /></div>
      </header>
      <ConsultantOwnerField consultantId={c.id} />
      <ConsultantMarketingToggle consultantId={c.id} />
      <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
        {[
          ['E-mail', c.email],
          ['Phone', c.phone],
          ['Location', place(c)],
          ['Work authorization', c.workAuthorization && `${workAuthLabel(c.workAuthorization)}${c.workAuthorizationValidity?.validUntil ? `, valid until ${c.workAuthorizationValidity.validUntil}` : ''}`],
          ['On bench since', c.onBenchSince],
          ['Experience', c.yearsExperience !== undefined ? `${c.yearsExperience} years` : undefined],
          ['Availability', c.availability && `${humanize(c.availability.status)}${c.availability.availableFrom ? ` from ${c.availability.availableFrom}` : ''}`],
          ['Rate', c.rate && `${c.rate.amount} ${c.rate.currency}/${c.rate.unit.toLowerCase()}${c.rate.employmentType ? ` ${c.rate.employmentType}` : ''}`],
          ['Updated', when(c.updatedAt)],
        ]
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted-foreground">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {c.skills.length > 0 && (
        <section aria-labelledby="skills-h">
          <h2 id="skills-h" className="mb-1 text-sm font-semibold">Skills</h2>
          <ul className="flex flex-wrap gap-1">
            {c.skills.map((s) => (
              <li key={s.name}>
                <Badge variant={s.primary ? 'default' : 'outline'}>{s.name}{s.years !== undefined ? ` · ${s.years}y` : ''}</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.summary && (
        <section aria-labelledby="summary-h">
          <h2 id="summary-h" className="mb-1 text-sm font-semibold">Resume summary</h2>
          <p className="whitespace-pre-line text-sm">{c.summary}</p>
        </section>
      )}
      <PendingChanges consultant={c} />
      <Documents consultantId={c.id} />
      <Matches consultantId={c.id} />
      <Timeline owner="consultant" id={c.id} />
    </article>
  );
}

function Matches({ consultantId }: { consultantId: string }) {
  const matches = useConsultantMatches(consultantId);
  return (
    <section aria-labelledby="matches-h" className="space-y-2">
      <h2 id="matches-h" className="text-sm font-semibold">Best open requirements</h2>
      {matches.isPending && <Skeleton className="h-24" label="Loading matches" />}
      {matches.isError && <ErrorState error={matches.error} retry={() => void matches.refetch()} />}
      {matches.isSuccess && matches.data.length === 0 && (
        <EmptyState title="No open requirement fits yet">New requirements from vendor mail are matched as they arrive.</EmptyState>
      )}
      {matches.data?.map((m) => (
        <Card key={m.requirementId} className="p-3">
          <div className="flex justify-between gap-2">
            <Link to={`/inbox/${m.requirementId}`} className="font-medium hover:underline">{m.title}</Link>
            <span className="text-sm tabular-nums">
              {m.matchScore.toFixed(2)} · {percent(m.successProbability)}
              {!m.calibrated && <Badge variant="warning" className="ml-1">uncalibrated</Badge>}
            </span>
          </div>
          {m.clientName && <p className="text-xs text-muted-foreground">{m.clientName}</p>}
          {m.reasons && m.reasons.length > 0 && <p className="mt-1 text-sm">{m.reasons.slice(0, 2).join('; ')}</p>}
          {m.factors && <div className="mt-2"><FactorBars factors={m.factors} /></div>}
        </Card>
      ))}
    </section>
  );
}

/** An authorization's end as a badge: red when past, amber within 60 days. */
function Expiry({ validUntil, label }: { validUntil?: string; label: string }) {
  if (!validUntil) return null;
  const days = daysUntil(validUntil);
  if (days < 0) return <Badge variant="destructive">{label} expired {validUntil}</Badge>;
  if (days <= 60) return <Badge variant="warning">{label} ends in {days} days</Badge>;
  return null;
}

function Documents({ consultantId }: { consultantId: string }) {
  const docs = useConsultantDocuments(consultantId);
  const download = useDownloadDocument();
  if (!docs.data || docs.data.length === 0) return null;
  return (
    <section aria-labelledby="docs-h" className="space-y-1">
      <h2 id="docs-h" className="text-sm font-semibold">Documents</h2>
      <ul className="space-y-1 text-sm">
        {docs.data.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {d.filename ?? humanize(d.kind)} <span className="text-xs text-muted-foreground">· {humanize(d.source)} · {Math.max(1, Math.round(d.sizeBytes / 1024))} KB · {when(d.createdAt)}</span>
            </span>
            <Button size="sm" variant="outline" aria-label={`Download ${d.filename ?? 'document'}`} onClick={() => download(d).catch((e: unknown) => toast.error(String(e)))}>
              Download
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
