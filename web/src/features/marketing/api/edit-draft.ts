import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblemException, unwrap, useApi, type Schemas } from '@/lib/api';

export type OutreachDraftEdit = Schemas['OutreachDraftEdit'];

/** The API's limits on an edit (ADR 0105), checked here too so the recruiter sees them before saving. */
export const MAX_SUBJECT = 200;
export const MAX_BODY = 100_000;

/**
 * `PATCH /v1/outreach/drafts/{id}` with `If-Match` on the version shown: the subject and text edited
 * before approval. The drafts list is read again, so the card shows the new text.
 */
export function useEditDraft() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, edit }: { id: string; version: number; edit: OutreachDraftEdit }) =>
      unwrap(
        await api.PATCH('/v1/outreach/drafts/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: edit,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outreach-drafts'] }),
  });
}

/** An edit's refusal in words: `412` (changed meanwhile), `409 draft-not-pending`, `422` by field, else the problem. */
export function explainEditProblem(error: unknown): string {
  if (!(error instanceof ApiProblemException)) return error instanceof Error ? error.message : String(error);
  const type = error.problem?.type ?? '';
  const slug = type.slice(type.lastIndexOf('/') + 1);
  if (error.status === 412) return 'Someone changed this draft meanwhile. Cancel and open it again to edit the latest text.';
  if (slug === 'draft-not-pending') return 'This draft is no longer a draft (approved or discarded); its text cannot change.';
  if (error.status === 403) return 'Your role cannot edit drafts.';
  if (error.status === 404) return 'This draft no longer exists.';
  return [error.problem?.detail || error.problem?.title || error.message, ...error.fieldErrors].filter(Boolean).join(' ');
}
