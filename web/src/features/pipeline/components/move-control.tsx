import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException } from '@/lib/api';
import { useHasRole } from '@/lib/auth/auth-context';
import { when } from '@/lib/utils';
import { useTransition, type Submission } from '../api/submissions';
import { refusalText } from '../lib/forms';
import { movesOf, NEEDS_REASON, STATUS_LABEL, type SubmissionStatus } from '../lib/stages';

type Refusal =
  | { kind: 'illegal'; from?: SubmissionStatus; allowed: SubmissionStatus[] }
  | { kind: 'duplicate'; problem: ApiProblemException }
  | { kind: 'margin'; problem: ApiProblemException }
  | { kind: 'other'; message: string };

function refusalOf(error: unknown): Refusal {
  if (error instanceof ApiProblemException) {
    if (error.slug === 'illegal-transition') return { kind: 'illegal', from: error.problem?.from, allowed: error.problem?.allowed ?? [] };
    if (error.slug === 'duplicate-submission') return { kind: 'duplicate', problem: error };
    if (error.slug === 'margin-below-floor') return { kind: 'margin', problem: error };
  }
  return { kind: 'other', message: refusalText(error) };
}

/**
 * Moves a submission along the pipeline: only the moves the API allows now (`allowedTransitions`),
 * a reason where one is needed, and the API's refusals said plainly: an illegal move (409, with the
 * allowed ones), a duplicate submission (409, the earlier ones; an Admin or Owner may override with a
 * reason), the margin floor (422, same override) and a missing RTR.
 */
export function MoveControl({ submission, label }: { submission: Submission; label: string }) {
  const moves = movesOf(submission.allowedTransitions);
  const canOverride = useHasRole('Owner', 'Admin');
  const transition = useTransition();
  const [to, setTo] = useState<SubmissionStatus | ''>('');
  const [refusal, setRefusal] = useState<Refusal>();
  const needsReason = !!to && NEEDS_REASON.includes(to);

  const send = (target: SubmissionStatus, reason?: string, override?: { duplicateReason?: string; marginReason?: string }) => {
    setRefusal(undefined);
    transition.mutate(
      { id: submission.id, input: { to: target, ...(reason ? { reason } : {}), ...(override ? { override } : {}) } },
      {
        onSuccess: (s) => {
          toast.success(`${label}: ${STATUS_LABEL[s.status]}`);
          setTo('');
        },
        onError: (e) => setRefusal(refusalOf(e)),
      },
    );
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!to) return;
    const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim();
    send(to, reason || undefined);
  };

  const override = (e: FormEvent<HTMLFormElement>, field: 'duplicateReason' | 'marginReason') => {
    e.preventDefault();
    const reason = String(new FormData(e.currentTarget).get('override') ?? '').trim();
    if (to && reason) send(to, undefined, { [field]: reason });
  };

  if (moves.length === 0 && !refusal) return null;
  const selectId = `move-${submission.id}`;
  return (
    <div className="mt-2 space-y-2">
      {moves.length > 0 && (
        <form onSubmit={submit} className="flex flex-wrap items-center gap-2" aria-label={`Move ${label}`}>
          <label htmlFor={selectId} className="sr-only">Move {label} to</label>
          <Select id={selectId} className="h-8 w-auto min-w-0 flex-1 text-xs" value={to} onChange={(e) => { setTo(e.target.value as SubmissionStatus); setRefusal(undefined); }}>
            <option value="">Move to…</option>
            {moves.map((m) => <option key={m} value={m}>{STATUS_LABEL[m]}</option>)}
          </Select>
          {needsReason && (
            <>
              <label htmlFor={`${selectId}-reason`} className="sr-only">Reason</label>
              <Input id={`${selectId}-reason`} name="reason" required maxLength={1000} placeholder="Reason" className="h-8 text-xs" />
            </>
          )}
          <Button type="submit" size="sm" disabled={!to || transition.isPending}>Move</Button>
        </form>
      )}
      {refusal?.kind === 'illegal' && (
        <p role="alert" className="text-xs text-destructive">
          Not a legal move from {refusal.from ? STATUS_LABEL[refusal.from] : 'here'}. Allowed now:{' '}
          {refusal.allowed.length ? refusal.allowed.map((s) => STATUS_LABEL[s]).join(', ') : 'none (it is closed)'}.
        </p>
      )}
      {refusal?.kind === 'other' && <p role="alert" className="text-xs text-destructive">{refusal.message}</p>}
      {refusal?.kind === 'duplicate' && (
        <div role="alert" className="rounded-md border border-warning p-2 text-xs">
          <p className="font-medium">Possible duplicate: submitted to the same client or requirement within {refusal.problem.problem?.windowDays ?? 'the'} days.</p>
          <ul className="mt-1 list-disc pl-4">
            {(refusal.problem.problem?.earlierSubmissions ?? []).map((e) => (
              <li key={e.submissionId}>
                <Link className="underline" to={`/inbox/${e.requirementId}`}>{e.requirementTitle ?? 'a requirement'}</Link>
                {e.endClient && ` (${e.endClient})`} via {e.vendorName ?? 'an unnamed vendor'}, {when(e.submittedAt)}, {STATUS_LABEL[e.status]}
              </li>
            ))}
          </ul>
          {canOverride ? (
            <OverrideForm onSubmit={(e) => override(e, 'duplicateReason')} id={`${selectId}-dup`} action="Submit anyway" />
          ) : (
            <p className="mt-1 text-muted-foreground">Only an Admin or Owner can submit anyway.</p>
          )}
        </div>
      )}
      {refusal?.kind === 'margin' && (
        <div role="alert" className="rounded-md border border-warning p-2 text-xs">
          <p>{refusal.problem.problem?.detail}</p>
          {canOverride ? (
            <OverrideForm onSubmit={(e) => override(e, 'marginReason')} id={`${selectId}-margin`} action="Go ahead below the floor" />
          ) : (
            <p className="mt-1 text-muted-foreground">Only an Admin or Owner can go below the margin floor.</p>
          )}
        </div>
      )}
    </div>
  );
}

function OverrideForm({ onSubmit, id, action }: { onSubmit: (e: FormEvent<HTMLFormElement>) => void; id: string; action: string }) {
  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">Reason for the override</label>
      <Input id={id} name="override" required maxLength={1000} placeholder="Reason for the override (audited)" className="h-8 flex-1 text-xs" />
      <Button type="submit" size="sm" variant="outline">{action}</Button>
    </form>
  );
}
