import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Requirement = Schemas['Requirement'];

export const requirementsKey = ['requirements'] as const;
/** New requirements (mail that just came in) appear without a reload within this many ms. */
export const INBOX_POLL_MS = 15_000;
export const INBOX_PAGE_SIZE = 100;

/** `GET /v1/requirements`, newest first, page by page; refetched every {@link INBOX_POLL_MS} while visible. */
export function useRequirements() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: requirementsKey,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/requirements', { params: { query: { limit: INBOX_PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: INBOX_POLL_MS,
  });
}
