import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type TimelineEntry = Schemas['TimelineEntry'];
export type ActivityInput = Schemas['ActivityInput'];
export type TimelineOwner = 'consultant' | 'requirement' | 'company';

/** `GET /v1/{consultants|requirements|companies}/{id}/timeline`: activities and audited changes, newest first. */
export function useTimeline(owner: TimelineOwner, id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['timeline', owner, id],
    queryFn: async ({ signal }) => {
      const options = { params: { path: { id }, query: { limit: 50 } }, signal };
      const page =
        owner === 'consultant'
          ? unwrap(await api.GET('/v1/consultants/{id}/timeline', options))
          : owner === 'requirement'
            ? unwrap(await api.GET('/v1/requirements/{id}/timeline', options))
            : unwrap(await api.GET('/v1/companies/{id}/timeline', options));
      return page.items;
    },
  });
}

/** `POST /v1/{…}/{id}/activities`: log a note, call, e-mail or meeting. */
export function useLogActivity(owner: TimelineOwner, id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ActivityInput) => {
      const options = { params: { path: { id } }, body };
      return owner === 'consultant'
        ? unwrap(await api.POST('/v1/consultants/{id}/activities', options))
        : owner === 'requirement'
          ? unwrap(await api.POST('/v1/requirements/{id}/activities', options))
          : unwrap(await api.POST('/v1/companies/{id}/activities', options));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['timeline', owner, id] }),
  });
}
