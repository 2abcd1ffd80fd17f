import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/lib/api';
import { recommendationsKey } from './get-recommendations';

/** `POST /v1/requirements/{id}/recommendations`: ranks the bench now (rejected consultants left out) and stores the run. */
export function useRerank(requirementId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (topK: number = 10) =>
      unwrap(
        await api.POST('/v1/requirements/{id}/recommendations', {
          params: { path: { id: requirementId }, query: { topK, explain: true } },
        }),
      ),
    onSuccess: (run) => queryClient.setQueryData(recommendationsKey(requirementId), run),
  });
}
