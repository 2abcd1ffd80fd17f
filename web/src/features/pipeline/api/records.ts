import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';
import { submissionsKey } from './submissions';

export type InterviewInput = Schemas['InterviewInput'];
export type InterviewPatch = Schemas['InterviewPatch'];
export type OfferInput = Schemas['OfferInput'];
export type PlacementInput = Schemas['PlacementInput'];
export type RtrInput = Schemas['RtrInput'];
export type Rtr = Schemas['Rtr'];
export type Rate = Schemas['Rate'];
/** A draft's terms as an RFC 7396 merge patch (`null` removes a field). */
export type TermsPatch = Schemas['SubmissionPatch'];

/** After recording anything on a submission: its detail and the board (its column may change). */
function useRefresh() {
  const queryClient = useQueryClient();
  return (submissionId: string) => {
    void queryClient.invalidateQueries({ queryKey: submissionsKey });
    void queryClient.invalidateQueries({ queryKey: ['submission', submissionId] });
  };
}

/** `PATCH /v1/submissions/{id}` (merge patch): a draft's vendor and rates (409 `submission-sent` once sent). */
export function useUpdateTerms(submissionId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (patch: TermsPatch) =>
      unwrap(await api.PATCH('/v1/submissions/{id}', { params: { path: { id: submissionId } }, body: patch })),
    onSettled: () => refresh(submissionId),
  });
}

/** `POST /v1/submissions/{id}/interviews`: a CLIENT_SUBMITTED submission moves to INTERVIEWING. */
export function useScheduleInterview(submissionId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: InterviewInput) =>
      unwrap(await api.POST('/v1/submissions/{id}/interviews', { params: { path: { id: submissionId } }, body: input })),
    onSettled: () => refresh(submissionId),
  });
}

/** `PATCH /v1/interviews/{id}` (merge patch): an outcome and feedback, or a new time. */
export function usePatchInterview(submissionId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: InterviewPatch }) =>
      unwrap(await api.PATCH('/v1/interviews/{id}', { params: { path: { id } }, body: patch })),
    onSettled: () => refresh(submissionId),
  });
}

/** `POST /v1/submissions/{id}/offers`: an INTERVIEWING submission moves to OFFERED (an OFFERED one gets a revised offer). */
export function useMakeOffer(submissionId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: OfferInput) =>
      unwrap(await api.POST('/v1/submissions/{id}/offers', { params: { path: { id: submissionId } }, body: input })),
    onSettled: () => refresh(submissionId),
  });
}

/** `POST /v1/submissions/{id}/placement`: an OFFERED submission is PLACED (422 `margin-below-floor` unless overridden). */
export function usePlace(submissionId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (input: PlacementInput) =>
      unwrap(await api.POST('/v1/submissions/{id}/placement', { params: { path: { id: submissionId } }, body: input })),
    onSettled: () => refresh(submissionId),
  });
}

const rtrsKey = (consultantId: string, requirementId: string) => ['rtrs', consultantId, requirementId] as const;

/** `GET /v1/rtrs?consultantId=&requirementId=`: the consultant's RTRs for the requirement, newest first. */
export function useRtrs(consultantId: string, requirementId: string) {
  const api = useApi();
  return useQuery({
    queryKey: rtrsKey(consultantId, requirementId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/rtrs', { params: { query: { consultantId, requirementId, limit: 50 } }, signal })).items,
  });
}

/** `POST /v1/rtrs`: the consultant's consent for the requirement and vendor. */
export function useRecordRtr() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RtrInput) => unwrap(await api.POST('/v1/rtrs', { body: input })),
    onSettled: (_d, _e, input) => void queryClient.invalidateQueries({ queryKey: rtrsKey(input.consultantId, input.requirementId) }),
  });
}

/** `POST /v1/rtrs/{id}/revocation`: revoked from now on (409 `rtr-revoked` a second time). */
export function useRevokeRtr() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ rtr, reason }: { rtr: Rtr; reason: string }) =>
      unwrap(await api.POST('/v1/rtrs/{id}/revocation', { params: { path: { id: rtr.id } }, body: { reason } })),
    onSettled: (_d, _e, { rtr }) => void queryClient.invalidateQueries({ queryKey: rtrsKey(rtr.consultantId, rtr.requirementId) }),
  });
}
