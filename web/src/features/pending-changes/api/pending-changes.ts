import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type PendingChange = Schemas['PendingChange'];

/** `GET /v1/consultants/{id}/pending-changes`: what inbound mail proposed for the consultant, newest first. */
export function usePendingChanges(consultantId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['pending-changes', consultantId],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/v1/consultants/{id}/pending-changes', { params: { path: { id: consultantId } }, signal }),
      ).items,
  });
}

/**
 * `POST .../pending-changes/{changeId}/approve` or `.../reject` (with an optional reason). Both
 * refresh the list and the consultant (an approval changes the profile).
 */
export function useDecideChange(consultantId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ changeId, approve, reason }: { changeId: string; approve: boolean; reason?: string }) => {
      const path = { id: consultantId, changeId };
      if (approve) {
        return unwrap(await api.POST('/v1/consultants/{id}/pending-changes/{changeId}/approve', { params: { path } }));
      }
      return unwrap(
        await api.POST('/v1/consultants/{id}/pending-changes/{changeId}/reject', {
          params: { path },
          body: reason ? { reason } : {},
        }),
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['pending-changes', consultantId] }),
        queryClient.invalidateQueries({ queryKey: ['consultant', consultantId] }),
      ]),
  });
}
