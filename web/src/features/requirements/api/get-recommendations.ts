import { useQuery } from '@tanstack/react-query';
import { ApiProblemException, unwrap, useApi, type ApiClient, type Schemas } from '@/lib/api';

export type MatchRun = Schemas['MatchRun'];
export type Recommendation = Schemas['Recommendation'];
export type MatchFactor = Schemas['MatchFactor'];

export const recommendationsKey = (requirementId: string) => ['recommendations', requirementId] as const;

/** The latest stored run of a requirement, or null when it was never matched (`404 no-recommendations`). */
export async function getRecommendations(api: ApiClient, requirementId: string, signal?: AbortSignal): Promise<MatchRun | null> {
  try {
    return unwrap(
      await api.GET('/v1/requirements/{id}/recommendations', {
        params: { path: { id: requirementId }, query: { explain: true } },
        signal,
      }),
    );
  } catch (e) {
    if (e instanceof ApiProblemException && e.slug === 'no-recommendations') return null;
    throw e;
  }
}

/** `GET /v1/requirements/{id}/recommendations` (with reasons, factors and flags). */
export function useRecommendations(requirementId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: recommendationsKey(requirementId ?? ''),
    queryFn: ({ signal }) => getRecommendations(api, requirementId!, signal),
    enabled: !!requirementId,
  });
}
