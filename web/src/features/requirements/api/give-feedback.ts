import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';
import { useAuth } from '@/lib/auth/auth-context';
import { recommendationsKey, type MatchRun } from './get-recommendations';

export type FeedbackInput = Schemas['FeedbackInput'];

/**
 * `POST /v1/recommendations/{id}/feedback`, shown at once (optimistic) and rolled back if the API
 * refuses it. A rejection needs a reason.
 */
export function useGiveFeedback(requirementId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { session } = useAuth();
  const key = recommendationsKey(requirementId);
  return useMutation({
    mutationFn: async ({ recommendationId, input }: { recommendationId: string; input: FeedbackInput }) =>
      unwrap(await api.POST('/v1/recommendations/{id}/feedback', { params: { path: { id: recommendationId } }, body: input })),
    onMutate: async ({ recommendationId, input }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<MatchRun | null>(key);
      if (before) {
        queryClient.setQueryData<MatchRun>(key, {
          ...before,
          items: before.items.map((it) =>
            it.id === recommendationId
              ? {
                  ...it,
                  feedback: {
                    recommendationId,
                    requirementId,
                    consultantId: it.consultantId,
                    decision: input.decision,
                    reason: input.reason,
                    decidedBy: session.subject,
                    decidedAt: new Date().toISOString(),
                  },
                }
              : it,
          ),
        });
      }
      return { before };
    },
    onError: (_e, _v, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (feedback) => {
      queryClient.setQueryData<MatchRun | null>(key, (run) =>
        run ? { ...run, items: run.items.map((it) => (it.id === feedback.recommendationId ? { ...it, feedback } : it)) } : run,
      );
    },
  });
}
