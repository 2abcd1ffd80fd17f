import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type RequirementSource = Schemas['RequirementSource'];

/** `GET /v1/requirements/{id}/sources`: every vendor mail that carried the requirement, with its chain and rate. */
export function useRequirementSources(id: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['requirement-sources', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/requirements/{id}/sources', { params: { path: { id } }, signal })),
    enabled,
  });
}
