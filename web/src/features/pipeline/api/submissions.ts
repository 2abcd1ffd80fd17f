import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Submission = Schemas['Submission'];
export type Interview = Schemas['Interview'];
export type TransitionInput = Schemas['TransitionInput'];

export const submissionsKey = ['submissions'] as const;
/** The board shows this many of the newest submissions (two pages of the API's maximum). */
export const BOARD_LIMIT = 400;

/** `GET /v1/submissions`, newest first, up to {@link BOARD_LIMIT}. */
export function useSubmissions(filter: { requirementId?: string; consultantId?: string } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: [...submissionsKey, filter],
    queryFn: async ({ signal }) => {
      const items: Submission[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(await api.GET('/v1/submissions', { params: { query: { limit: 200, cursor, ...filter } }, signal }));
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < BOARD_LIMIT);
      return items;
    },
  });
}

/** `GET /v1/submissions/{id}`: with its history, interviews, offers and the requirement's vendors. */
export function useSubmission(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['submission', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/submissions/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** `POST /v1/submissions/{id}/transitions`: 409 `illegal-transition` (with `allowed`) or `duplicate-submission`, 422 rules. */
export function useTransition() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: TransitionInput }) =>
      unwrap(await api.POST('/v1/submissions/{id}/transitions', { params: { path: { id } }, body: input })),
    onSettled: (_d, _e, { id }) => {
      void queryClient.invalidateQueries({ queryKey: submissionsKey });
      void queryClient.invalidateQueries({ queryKey: ['submission', id] });
    },
  });
}

/** `POST /v1/recommendations/{id}/submission`: a DRAFT from a recommendation (it records that it was acted on). */
export function useSubmitRecommendation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (recommendationId: string) =>
      unwrap(await api.POST('/v1/recommendations/{id}/submission', { params: { path: { id: recommendationId } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: submissionsKey }),
  });
}

/** Downloads an interview's RFC 5545 file (`GET /v1/interviews/{id}.ics`) with the bearer token, as a file. */
export function useDownloadIcs() {
  const api = useApi();
  return async (interview: Interview) => {
    const r = await api.GET('/v1/interviews/{id}.ics', { params: { path: { id: interview.id } }, parseAs: 'blob' });
    const blob = unwrap(r) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `interview-${interview.round}.ics`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

/** Names of consultants and requirements for the board's cards (the lists' first pages; ids stand in for the rest). */
export function useNames() {
  const api = useApi();
  return useQuery({
    queryKey: ['pipeline-names'],
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      const [c, r] = await Promise.all([
        api.GET('/v1/consultants', { params: { query: { limit: 200 } }, signal }),
        api.GET('/v1/requirements', { params: { query: { limit: 200 } }, signal }),
      ]);
      const consultants = new Map<string, string>();
      const requirements = new Map<string, string>();
      for (const x of unwrap(c).items) consultants.set(x.id, x.fullName);
      for (const x of unwrap(r).items) requirements.set(x.id, x.title);
      return { consultants, requirements };
    },
  });
}
