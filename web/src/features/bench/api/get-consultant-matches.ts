import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/lib/api';

/** `GET /v1/consultants/{id}/matches`: the best open requirements for the consultant (not stored). */
export function useConsultantMatches(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consultant-matches', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/consultants/{id}/matches', { params: { path: { id }, query: { limit: 10, explain: true } }, signal })).items,
  });
}
