import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type ConsultantOwner = Schemas['ConsultantOwner'];

/** `GET /v1/consultants/{id}/owner`: the owner by name and the tenant's active users to choose from. */
export function useConsultantOwner(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consultant-owner', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/consultants/{id}/owner', { params: { path: { id } }, signal })),
  });
}

/** `PUT /v1/consultants/{id}/owner` (Owner, Admin, Recruiter): `null` clears. */
export function useSetConsultantOwner(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ownerUserId: string | null) =>
      unwrap(await api.PUT('/v1/consultants/{id}/owner', { params: { path: { id } }, body: { ownerUserId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consultant-owner', id] }),
  });
}
