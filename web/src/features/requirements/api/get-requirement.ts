import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/lib/api';

export const requirementKey = (id: string) => ['requirement', id] as const;

/** `GET /v1/requirements/{id}`. */
export function useRequirement(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: requirementKey(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/requirements/{id}', { params: { path: { id } }, signal })),
  });
}
