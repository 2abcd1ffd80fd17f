import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type OutreachMessageStatus = Schemas['OutreachMessageStatus'];
export const MESSAGE_STATUSES: OutreachMessageStatus[] = ['QUEUED', 'SENT', 'SUPPRESSED', 'FAILED'];

/** How many recipients one page of a draft's messages shows. */
export const MESSAGES_PAGE = 50;

/**
 * `GET /v1/outreach/drafts/{id}/messages?status=`: the draft's recipients and what became of the mail
 * to each, in the order they were queued, 50 at a time (`fetchNextPage` follows `nextCursor`). Re-read
 * every 5 s while shown: the sender works the queue after approval (ADR 0095).
 */
export function useDraftMessages(draftId: string, status?: OutreachMessageStatus) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['outreach-drafts', draftId, 'messages', status ?? 'all'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/v1/outreach/drafts/{id}/messages', {
          params: { path: { id: draftId }, query: { limit: MESSAGES_PAGE, status, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((p) => p.items),
    refetchInterval: 5_000,
  });
}
