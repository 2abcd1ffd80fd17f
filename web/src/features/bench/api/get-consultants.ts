import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Consultant = Schemas['Consultant'];
export const consultantsKey = ['consultants'] as const;

/** `GET /v1/consultants`, newest first, page by page. */
export function useConsultants() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: consultantsKey,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/consultants', { params: { query: { limit: 100, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
}
