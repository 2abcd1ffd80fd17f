import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { toast } from '@/components/ui/toaster';
import { humanize, when, workAuthLabel } from '@/lib/utils';
import type { Schemas } from '@/lib/api';
import { useHasRole } from '@/lib/auth/auth-context';
import { useDecideChange, usePendingChanges, type PendingChange } from '../api/pending-changes';

type Consultant = Schemas['Consultant'];
type Field = PendingChange['changedFields'][number];

const LABELS: Record<Field, string> = {
  email: 'E-mail',
  phone: 'Phone',
  title: 'Title',
  summary: 'Summary',
  location: 'Location',
  workAuthorization: 'Work authorization',
  yearsExperience: 'Experience',
  addedSkills: 'Skills to add',
};

/** A field's value as a recruiter reads it; an em dash when there is none. */
export function show(field: Field, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field) {
    case 'location': {
      const l = value as { city?: string; state?: string; country?: string };
      return [l.city, l.state, l.country].filter(Boolean).join(', ') || '—';
    }
    case 'workAuthorization':
      return workAuthLabel(String(value));
    case 'yearsExperience':
      return `${String(value)} years`;
    case 'addedSkills':
      return (value as { name?: string }[]).map((s) => s.name ?? '').filter(Boolean).join(', ') || '—';
    default:
      return String(value);
  }
}

function current(c: Consultant, field: Field): unknown {
  if (field === 'addedSkills') return undefined; // only additions are proposed; nothing is removed
  if (field === 'location') return c.location;
  return (c as Record<string, unknown>)[field];
}

/**
 * The changes inbound mail proposed for a consultant (a resume naming an existing consultant's
 * e-mail; anyone can forge a sender, ADR 0056), each as a before/after table, approved or rejected
 * by a recruiter. Decided changes stay listed with who decided and why.
 */
export function PendingChanges({ consultant }: { consultant: Consultant }) {
  const changes = usePendingChanges(consultant.id);
  const canDecide = useHasRole('Owner', 'Admin', 'Recruiter');
  if (changes.isPending) return null;
  if (changes.isError) return <ErrorState error={changes.error} retry={() => void changes.refetch()} />;
  if (changes.data.length === 0) return null;
  const open = changes.data.filter((c) => c.status === 'PENDING').length;
  return (
    <section aria-labelledby="pending-h" className="space-y-2">
      <h2 id="pending-h" className="text-sm font-semibold">
        Pending changes {open > 0 && <Badge variant="warning">{open} to review</Badge>}
      </h2>
      {changes.data.map((change) => (
        <ChangeCard key={change.id} consultant={consultant} change={change} canDecide={canDecide} />
      ))}
    </section>
  );
}

function ChangeCard({ consultant, change, canDecide }: { consultant: Consultant; change: PendingChange; canDecide: boolean }) {
  const decide = useDecideChange(consultant.id);
  const [reason, setReason] = useState('');
  const pending = change.status === 'PENDING';
  const run = (approve: boolean) =>
    decide.mutate(
      { changeId: change.id, approve, reason: reason.trim() || undefined },
      {
        onSuccess: () => toast.success(approve ? 'Change applied to the profile' : 'Change rejected'),
        onError: (e: unknown) => toast.error(e instanceof Error ? e.message : String(e)),
      },
    );
  const caption = `Proposed ${when(change.createdAt)} from ${humanize(change.source)} by ${change.proposedBy}`;
  return (
    <Card className="space-y-2 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="text-muted-foreground">{caption}</span>
        <Badge variant={pending ? 'warning' : change.status === 'APPROVED' ? 'default' : 'outline'}>{humanize(change.status)}</Badge>
      </div>
      <table className="w-full text-sm" aria-label={caption}>
        <thead>
          <tr className="text-left text-xs text-muted-foreground">
            <th scope="col" className="font-normal">Field</th>
            <th scope="col" className="font-normal">Now</th>
            <th scope="col" className="font-normal">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {change.changedFields.map((f) => (
            <tr key={f} className="align-top">
              <th scope="row" className="pr-2 text-left font-normal text-muted-foreground">{LABELS[f]}</th>
              <td className="pr-2"><del className="no-underline">{show(f, current(consultant, f))}</del></td>
              <td><ins className="no-underline font-medium">{show(f, (change.proposed as Record<string, unknown>)[f])}</ins></td>
            </tr>
          ))}
        </tbody>
      </table>
      {!pending && (
        <p className="text-xs text-muted-foreground">
          {humanize(change.status)} by {change.decidedBy ?? 'someone'} {when(change.decidedAt ?? undefined)}
          {change.decisionReason ? `: ${change.decisionReason}` : ''}
        </p>
      )}
      {pending && canDecide && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-1 flex-col text-xs">
            <span className="text-muted-foreground">Reason (kept with a rejection)</span>
            <input
              className="h-8 rounded-md border border-input bg-background px-2 text-sm"
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <Button size="sm" disabled={decide.isPending} onClick={() => run(true)}>Approve</Button>
          <Button size="sm" variant="outline" disabled={decide.isPending} onClick={() => run(false)}>Reject</Button>
        </div>
      )}
    </Card>
  );
}
