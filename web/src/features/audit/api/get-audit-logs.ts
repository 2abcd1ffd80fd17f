import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type AuditEntry = Schemas['AuditEntry'];
export interface AuditFilters {
  entity?: string;
  actor?: string;
  /** ISO instants; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
}

/** `GET /v1/audit/logs` under the filters, newest first (Owner, Admin, Analyst). */
export function useAuditLogs(filters: AuditFilters) {
  const api = useApi();
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as AuditFilters;
  return useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/audit/logs', { params: { query: { ...query, limit: 100, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
}
