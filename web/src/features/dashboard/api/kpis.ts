import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Kpis = Schemas['Kpis'];
export type GroupBy = 'recruiter' | 'vendor' | 'client';

/** `GET /v1/analytics/kpis` for a period of whole UTC days (`to` included), optionally grouped. */
export function useKpis(period: { from: string; to: string }, groupBy?: GroupBy) {
  const api = useApi();
  return useQuery({
    queryKey: ['kpis', period.from, period.to, groupBy ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/analytics/kpis', { params: { query: { from: period.from, to: period.to, ...(groupBy ? { groupBy } : {}) } }, signal })),
    placeholderData: keepPreviousData,
  });
}
