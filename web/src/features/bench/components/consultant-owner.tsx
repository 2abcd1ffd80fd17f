import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException } from '@/lib/api';
import { useAuth, useHasRole } from '@/lib/auth/auth-context';
import { useConsultantOwner, useSetConsultantOwner } from '../api/owner';

/** The API's refusal in words: its detail (else title) and field errors. */
function explain(error: unknown): string {
  if (!(error instanceof ApiProblemException)) return error instanceof Error ? error.message : String(error);
  if (error.status === 403) return 'Your role cannot change who owns a consultant.';
  return [error.problem?.detail || error.problem?.title || error.message, ...error.fieldErrors].filter(Boolean).join(' ');
}

/**
 * On the consultant profile: who owns (recruits for) the consultant, the user told of its matches,
 * work authorization running out and submissions (ADR 0097). Owner, Admin and Recruiter choose among
 * the tenant's active users; other roles read it.
 */
export function ConsultantOwnerField({ consultantId }: { consultantId: string }) {
  const owner = useConsultantOwner(consultantId);
  const set = useSetConsultantOwner(consultantId);
  const canEdit = useHasRole('Owner', 'Admin', 'Recruiter');
  const { session } = useAuth();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  if (!owner.isSuccess) return null;
  const o = owner.data;
  const named = o.ownerUserId ? (o.ownerName ?? 'a user who is no longer active') : 'nobody';
  const you = (id: string) => (id === session.subject ? ' (you)' : '');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = String(new FormData(e.currentTarget).get('owner') ?? '');
    setError(undefined);
    set.mutate(chosen || null, {
      onSuccess: () => {
        toast.success(chosen ? 'Owner set' : 'Owner cleared');
        setEditing(false);
      },
      onError: (err) => setError(explain(err)),
    });
  };
  return (
    <section aria-labelledby="owner-h" className="space-y-1">
      <h2 id="owner-h" className="text-sm font-semibold">Owner</h2>
      {!editing && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Owned by <strong>{named}</strong>
            {o.ownerUserId ? you(o.ownerUserId) : ''}
            {!o.ownerUserId && <span className="text-muted-foreground"> (no one is told of its matches or expiries)</span>}
          </span>
          {canEdit && (
            <Button size="sm" variant="outline" onClick={() => setEditing(true)}>
              Change owner
            </Button>
          )}
        </p>
      )}
      {editing && (
        <form onSubmit={submit} aria-label="Owner of the consultant" className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <Label htmlFor={`owner-${consultantId}`}>Owner</Label>
            <Select id={`owner-${consultantId}`} name="owner" defaultValue={o.ownerUserId ?? ''} autoFocus>
              <option value="">Nobody</option>
              {o.candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                  {you(u.id)}
                </option>
              ))}
            </Select>
          </div>
          <Button size="sm" type="submit" disabled={set.isPending}>
            Save owner
          </Button>
          <Button size="sm" type="button" variant="outline" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </section>
  );
}
