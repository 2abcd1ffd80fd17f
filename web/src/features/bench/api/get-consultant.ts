import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/lib/api';

/** `GET /v1/consultants/{id}`. */
export function useConsultant(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consultant', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/consultants/{id}', { params: { path: { id } }, signal })),
  });
}
