import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Select, Textarea, Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiProblemException } from '@/lib/api';
import { useHasRole } from '@/lib/auth/auth-context';
import { humanize, when } from '@/lib/utils';
import { useLogActivity, useTimeline, type ActivityInput, type TimelineOwner } from '../api/timeline';

const KINDS: ActivityInput['kind'][] = ['NOTE', 'CALL', 'EMAIL', 'MEETING'];

/** A record's timeline (notes, calls, e-mails, meetings and its audited changes) and, for roles that may, a form to log one. */
export function Timeline({ owner, id }: { owner: TimelineOwner; id: string }) {
  const timeline = useTimeline(owner, id);
  const canLog = useHasRole('Owner', 'Admin', 'Recruiter', 'Sales');
  const headingId = `timeline-${owner}-${id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="font-semibold">Activity</h2>
      {canLog && <LogForm owner={owner} id={id} />}
      {timeline.isPending && <Skeleton className="h-20" label="Loading the activity" />}
      {timeline.isError && <ErrorState error={timeline.error} retry={() => void timeline.refetch()} />}
      {timeline.isSuccess && timeline.data.length === 0 && <p className="text-sm text-muted-foreground">Nothing logged yet.</p>}
      {timeline.isSuccess && timeline.data.length > 0 && (
        <ol className="space-y-2 border-l pl-4" aria-label="Timeline, newest first">
          {timeline.data.map((e) => (
            <li key={`${e.type}-${e.id}`} className="text-sm">
              <p className="text-xs text-muted-foreground">
                <time dateTime={e.at}>{when(e.at)}</time>
                {' · '}
                {e.type === 'activity' ? <Badge variant="outline">{humanize(e.kind ?? 'NOTE')}</Badge> : <span>{e.action}</span>}
              </p>
              {e.subject && <p className="font-medium">{e.subject}</p>}
              {e.body && <p className="whitespace-pre-wrap text-muted-foreground">{e.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function LogForm({ owner, id }: { owner: TimelineOwner; id: string }) {
  const log = useLogActivity(owner, id);
  const [error, setError] = useState<string>();
  const prefix = `log-${owner}-${id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const subject = String(f.get('subject') ?? '').trim();
    const body = String(f.get('body') ?? '').trim();
    if (!subject && !body) {
      setError('Write a subject or a note.');
      return;
    }
    setError(undefined);
    log.mutate(
      { kind: String(f.get('kind')) as ActivityInput['kind'], ...(subject ? { subject } : {}), ...(body ? { body } : {}) },
      {
        onSuccess: () => form.reset(),
        onError: (err) => setError(err instanceof ApiProblemException ? [err.problem?.detail ?? err.message, ...err.fieldErrors].join(' ') : String(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Log an activity" className="grid gap-2 rounded-md border p-3 sm:grid-cols-[8rem_1fr]">
      <div className="space-y-1">
        <label htmlFor={`${prefix}-kind`} className="text-xs font-medium">Kind</label>
        <Select id={`${prefix}-kind`} name="kind" defaultValue="NOTE" className="h-8">
          {KINDS.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-subject`} className="text-xs font-medium">Subject</label>
        <Input id={`${prefix}-subject`} name="subject" maxLength={300} className="h-8" />
      </div>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`${prefix}-body`} className="text-xs font-medium">Note</label>
        <Textarea id={`${prefix}-body`} name="body" maxLength={20000} className="min-h-16" />
      </div>
      <div className="flex items-center gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={log.isPending}>Log activity</Button>
        {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
      </div>
    </form>
  );
}
