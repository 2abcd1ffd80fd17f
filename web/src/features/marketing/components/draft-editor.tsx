import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { toast } from '@/components/ui/toaster';
import { useHasRole } from '@/lib/auth/auth-context';
import { when } from '@/lib/utils';
import { explainEditProblem, MAX_BODY, MAX_SUBJECT, useEditDraft, type OutreachDraftEdit } from '../api/edit-draft';
import type { OutreachDraft } from '../api/marketing';

const EDITORS = ['Owner', 'Admin', 'Recruiter', 'Sales'] as const;

/**
 * A draft's edit marker and, for those who write marketing (not an Analyst), *Edit*: the subject and
 * the plain text, *Save* (`PATCH` with `If-Match` on the version shown) or *Cancel*. The footer
 * (postal address, unsubscribe link) is added when the mail is sent, so it is not in the text here.
 */
export function DraftEditor({ draft }: { draft: OutreachDraft }) {
  const editor = useHasRole(...EDITORS);
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      {draft.editedBy && (
        <p className="text-xs text-muted-foreground">
          Edited by {draft.editedBy}
          {draft.editedAt && (
            <>
              , <time dateTime={draft.editedAt}>{when(draft.editedAt)}</time>
            </>
          )}
        </p>
      )}
      {editor && draft.status === 'DRAFT' && !open && (
        <Button size="sm" variant="outline" onClick={() => setOpen(true)} aria-label={`Edit ${draft.subject}`}>
          Edit
        </Button>
      )}
      {open && <EditForm draft={draft} close={() => setOpen(false)} />}
    </div>
  );
}

function EditForm({ draft, close }: { draft: OutreachDraft; close: () => void }) {
  const edit = useEditDraft();
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.bodyText.replace(/\n$/, ''));
  const [error, setError] = useState<string>();
  const id = `edit-${draft.id}`;

  function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const s = subject.trim();
    if (!s) return setError('The subject cannot be empty.');
    if (s.length > MAX_SUBJECT) return setError(`The subject has ${s.length} characters; at most ${MAX_SUBJECT}.`);
    if (!body.trim()) return setError('The text cannot be empty.');
    if (body.length > MAX_BODY) return setError(`The text has ${body.length} characters; at most ${MAX_BODY}.`);
    const change: OutreachDraftEdit = {};
    if (s !== draft.subject) change.subject = s;
    if (body.trim() !== draft.bodyText.trim()) change.bodyText = body;
    if (!change.subject && !change.bodyText) return close();
    edit.mutate(
      { id: draft.id, version: draft.version, edit: change },
      {
        onSuccess: () => {
          toast.success('Draft saved');
          close();
        },
        onError: (err) => setError(explainEditProblem(err)),
      },
    );
  }

  return (
    <form onSubmit={submit} aria-label={`Edit draft ${draft.subject}`} className="space-y-2 rounded-md border p-3">
      <div className="space-y-1">
        <Label htmlFor={`${id}-subject`}>Subject</Label>
        <Input id={`${id}-subject`} value={subject} maxLength={MAX_SUBJECT + 50} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-body`}>Text</Label>
        <Textarea id={`${id}-body`} value={body} rows={12} className="font-mono text-xs" onChange={(e) => setBody(e.target.value)} />
        <p className="text-xs text-muted-foreground">
          Plain text as it goes out; the HTML copy is made from it. The sender, postal address and unsubscribe link are added to every mail when it is sent.
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={edit.isPending}>
          Save
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
