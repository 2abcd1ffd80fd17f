import { Link, useParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toaster';
import { useHasRole } from '@/lib/auth/auth-context';
import { humanize, when } from '@/lib/utils';
import { useRequirement } from '../api/get-requirement';
import { useRecommendations, type MatchRun } from '../api/get-recommendations';
import { useGiveFeedback } from '../api/give-feedback';
import { useRerank } from '../api/rerank';
import { MatchCard } from './match-card';
import { RequirementSources } from './requirement-sources';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { RequirementChain } from '@/features/companies/components/requirement-chain';
import { Timeline } from '@/features/activities/components/timeline';
import { RequirementFields } from './requirement-fields';

const RUN_ROLES = ['Owner', 'Admin', 'Recruiter', 'Sales'];

/** A requirement: its fields, and its latest run's ranked consultants with accept / reject and re-rank. */
export function RequirementDetail() {
  const { requirementId = '' } = useParams();
  const requirement = useRequirement(requirementId);
  const canRun = useHasRole(...RUN_ROLES);

  if (requirement.isPending) {
    return (
      <div className="space-y-3 p-4">
        <Skeleton className="h-8 w-2/3" label="Loading the requirement" />
        <Skeleton className="h-40" label="Loading the requirement" />
      </div>
    );
  }
  if (requirement.isError) {
    return <div className="p-4"><ErrorState error={requirement.error} retry={() => void requirement.refetch()} /></div>;
  }
  const r = requirement.data;
  return (
    <article className="space-y-5 p-4 pb-24 lg:pb-4" aria-labelledby="requirement-title">
      <Link to="/inbox" className="text-sm text-primary underline-offset-4 hover:underline lg:hidden">
        ← Inbox
      </Link>
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <h1 id="requirement-title" className="text-xl font-semibold">{r.title}</h1>
          <Badge variant={r.status === 'OPEN' ? 'success' : 'muted'}>{humanize(r.status)}</Badge>
          {(r.vendorCount ?? 0) > 1 && <Badge variant="warning">{r.vendorCount} vendors</Badge>}
        </div>
        <TagEditor owner="requirement" id={r.id} tags={r.tags ?? []} canEdit={canRun} />
        <p className="text-xs text-muted-foreground">
          Received {when(r.createdAt)}
          {r.externalRef && ` · ref ${r.externalRef}`}
        </p>
        <RequirementChain chain={r.chain} />
      </header>
      <RequirementFields requirement={r} canExtract={canRun} />
      <Matches requirementId={r.id} canRun={canRun} />
      <RequirementSources requirementId={r.id} />
      <Timeline owner="requirement" id={r.id} />
    </article>
  );
}

function Matches({ requirementId, canRun }: { requirementId: string; canRun: boolean }) {
  const canSubmit = useHasRole('Owner', 'Admin', 'Recruiter', 'Sales');
  const run = useRecommendations(requirementId);
  const rerank = useRerank(requirementId);
  const feedback = useGiveFeedback(requirementId);

  const doRerank = () =>
    rerank.mutate(10, {
      onSuccess: (r) => toast.success(`Ranked again: ${r.scored} of ${r.candidates} candidates scored${r.rejectedByRecruiter ? `, ${r.rejectedByRecruiter} rejected left out` : ''}.`),
      onError: (e) => toast.error(`Re-rank failed: ${e.message}`),
    });

  const decide = (recommendationId: string, name: string, decision: 'accept' | 'reject', reason?: string) =>
    feedback.mutate(
      { recommendationId, input: { decision, reason } },
      {
        onSuccess: () =>
          toast.success(decision === 'accept' ? `Accepted ${name}.` : `Rejected ${name}. They drop out of the next run.`),
        onError: (e) => toast.error(`Could not save the decision: ${e.message}`),
      },
    );

  return (
    <section aria-labelledby="matches-heading" className="space-y-3">
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-2 bg-background/95 px-4 py-2 backdrop-blur">
        <h2 id="matches-heading" className="text-sm font-semibold">Ranked consultants</h2>
        {canRun && (
          <Button size="sm" onClick={doRerank} disabled={rerank.isPending}>
            {rerank.isPending ? 'Ranking…' : 'Re-rank'}
          </Button>
        )}
      </div>
      {run.isPending && <Skeleton className="h-48" label="Loading the ranking" />}
      {run.isError && <ErrorState error={run.error} retry={() => void run.refetch()} />}
      {run.isSuccess && run.data === null && (
        <EmptyState title="Not ranked yet">
          New requirements are ranked automatically within seconds.{canRun && ' Or rank the bench now with Re-rank.'}
        </EmptyState>
      )}
      {run.isSuccess && run.data && <RunSummary run={run.data} />}
      {run.isSuccess && run.data && run.data.items.length === 0 && (
        <EmptyState title="Nobody on the bench fits">
          Every candidate was excluded by a hard filter or rejected. Loosen the filters in Settings, or import more resumes on the Bench.
        </EmptyState>
      )}
      <div className="space-y-3">
        {run.data?.items.map((item) => (
          <MatchCard
            key={item.id}
            item={item}
            canDecide={canRun}
            canSubmit={canSubmit}
            onAccept={() => decide(item.id, item.consultantName, 'accept')}
            onReject={(reason) => decide(item.id, item.consultantName, 'reject', reason)}
          />
        ))}
      </div>
    </section>
  );
}

function RunSummary({ run }: { run: MatchRun }) {
  const excluded = Object.entries(run.excluded).filter(([, n]) => n > 0);
  return (
    <p className="text-xs text-muted-foreground">
      {run.trigger === 'api' ? 'Ranked on request' : 'Ranked automatically'} {when(run.createdAt)}: {run.candidates} candidates,{' '}
      {run.scored} scored
      {excluded.length > 0 && `, excluded ${excluded.map(([k, n]) => `${n} by ${humanize(k)}`).join(', ')}`}
      {run.rejectedByRecruiter > 0 && `, ${run.rejectedByRecruiter} rejected by a recruiter`}. Settings {run.model.settings}.
    </p>
  );
}
