import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { cn, humanize, when } from '@/lib/utils';
import { MESSAGE_STATUSES, useDraftMessages, type OutreachMessageStatus } from '../api/draft-messages';
import { useDrafts, type OutreachDraft } from '../api/marketing';
import { LoadMore } from './load-more';
import { MessageTable } from './message-table';

/**
 * Marketing → Drafts, *Approved*: every approved draft, newest first (paged), each with *Recipients*: its
 * per-recipient messages. `focus` (the URL's `?draft=`) opens that draft's recipients.
 */
export function ApprovedDrafts({ focus }: { focus?: string }) {
  const drafts = useDrafts('APPROVED');
  return (
    <section aria-labelledby="ap-h" className="space-y-3 pt-2">
      <h2 id="ap-h" className="text-base font-semibold">Approved drafts</h2>
      {drafts.isPending && <Skeleton className="h-16" label="Loading approved drafts" />}
      {drafts.isError && <ErrorState error={drafts.error} retry={() => void drafts.refetch()} />}
      {drafts.isSuccess && drafts.data.length === 0 && <EmptyState title="Nothing approved yet">An approved draft's recipients and what became of each mail appear here.</EmptyState>}
      {drafts.isSuccess && drafts.data.length > 0 && (
        <ul className="divide-y rounded-md border" aria-label="Approved drafts">
          {drafts.data.map((d) => (
            <ApprovedDraft key={d.id} draft={d} focused={d.id === focus} />
          ))}
        </ul>
      )}
      <LoadMore pager={drafts} what="approved drafts" />
    </section>
  );
}

function ApprovedDraft({ draft, focused }: { draft: OutreachDraft; focused: boolean }) {
  const [open, setOpen] = useState(focused);
  return (
    <li
      className={cn('space-y-2 px-3 py-2 text-sm', focused && 'ring-2 ring-primary')}
      aria-current={focused ? 'true' : undefined}
      ref={(el) => {
        if (focused && el) el.scrollIntoView?.({ block: 'nearest' });
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{draft.subject}</span>
        <span className="text-xs text-muted-foreground">
          {humanize(draft.kind)}
          {draft.approvedAt && (
            <>
              {' '}· approved <time dateTime={draft.approvedAt}>{when(draft.approvedAt)}</time>
            </>
          )}
        </span>
        <Button size="sm" variant="outline" className="ml-auto" aria-expanded={open} aria-label={`${open ? 'Hide recipients' : 'Recipients'} of ${draft.subject}`} onClick={() => setOpen(!open)}>
          {open ? 'Hide recipients' : 'Recipients'}
        </Button>
      </div>
      {open && <DraftMessages draftId={draft.id} subject={draft.subject} />}
    </li>
  );
}

/** One draft's recipients: status (queued, sent, suppressed, failed and why), when, where the mail is kept; filter by status; paged. */
export function DraftMessages({ draftId, subject }: { draftId: string; subject: string }) {
  const [status, setStatus] = useState<OutreachMessageStatus>();
  const messages = useDraftMessages(draftId, status);
  const id = `dm-${draftId}`;
  return (
    <div className="space-y-2">
      <div className="flex items-end gap-2">
        <div className="space-y-1">
          <Label htmlFor={`${id}-status`}>Status</Label>
          <Select
            id={`${id}-status`}
            value={status ?? ''}
            onChange={(e) => setStatus((e.target.value || undefined) as OutreachMessageStatus | undefined)}
          >
            <option value="">All</option>
            {MESSAGE_STATUSES.map((s) => (
              <option key={s} value={s}>{humanize(s)}</option>
            ))}
          </Select>
        </div>
      </div>
      {messages.isPending && <Skeleton className="h-16" label="Loading recipients" />}
      {messages.isError && <ErrorState error={messages.error} retry={() => void messages.refetch()} />}
      {messages.isSuccess && messages.data.length === 0 && (
        <p className="text-sm text-muted-foreground">{status ? `No recipient is ${status.toLowerCase()}.` : 'Nothing was queued for this draft.'}</p>
      )}
      {messages.isSuccess && messages.data.length > 0 && (
        <MessageTable caption={`Recipients of ${subject}`} messages={messages.data} />
      )}
      <LoadMore pager={messages} what={`recipients of ${subject}`} />
    </div>
  );
}
