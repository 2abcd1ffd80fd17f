import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type MatchSettings = Schemas['MatchSettings'];
export type MatchSettingsInput = Schemas['MatchSettingsInput'];
export const matchSettingsKey = ['settings', 'matching'] as const;

/** `GET /v1/settings/matching`. */
export function useMatchSettings() {
  const api = useApi();
  return useQuery({
    queryKey: matchSettingsKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/settings/matching', { signal })),
  });
}

/** `PUT /v1/settings/matching` (Owner, Admin). */
export function usePutMatchSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: MatchSettingsInput) => unwrap(await api.PUT('/v1/settings/matching', { body: input })),
    onSuccess: (saved) => queryClient.setQueryData(matchSettingsKey, saved),
  });
}
