import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { ApiProblemException, unwrap, useApi, type Schemas } from '@/lib/api';

export type HotList = Schemas['HotList'];
export type HotListInput = Schemas['HotListInput'];
export type HotListFilter = Schemas['HotListFilter'];
export type RenderedHotList = Schemas['RenderedHotList'];
export type DistributionList = Schemas['DistributionList'];
export type DistributionListInput = Schemas['DistributionListInput'];
export type DistributionTier = Schemas['DistributionTier'];
export type ContactConsent = Schemas['ContactConsent'];
export type ConsentBasis = Schemas['ConsentBasis'];
export type Suppression = Schemas['Suppression'];
export type OutreachDraft = Schemas['OutreachDraft'];
export type OutreachMessage = Schemas['OutreachMessage'];
export type OutreachApproval = Schemas['OutreachApproval'];
export type MarketingSettings = Schemas['MarketingSettings'];
export type MarketingSettingsInput = Schemas['MarketingSettingsInput'];
export type ConsultantMarketing = Schemas['ConsultantMarketing'];

/** The most a list route gives in one page (`limit`); *Load more* fetches the next by its cursor. */
export const PAGE_SIZE = 200;

/** Every page loaded so far as one list (an infinite query's `select`). */
function flatten<T>(data: InfiniteData<{ items: T[] }>): T[] {
  return data.pages.flatMap((p) => p.items);
}

export const CONSENT_BASES: ConsentBasis[] = ['OPT_IN', 'EXISTING_RELATIONSHIP', 'LEGITIMATE_INTEREST'];
export const TIERS: DistributionTier[] = ['TIER_1', 'TIER_2', 'TIER_3'];

/** `GET /v1/hot-lists`: newest first, a page of 200 at a time (`fetchNextPage` follows `nextCursor`). */
export function useHotLists() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['hot-lists'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/hot-lists', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: flatten,
  });
}

/** `POST /v1/hot-lists` (new) or `PUT /v1/hot-lists/{id}` (replace: fields left out are cleared). */
export function useSaveHotList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string; input: HotListInput }) =>
      id
        ? unwrap(await api.PUT('/v1/hot-lists/{id}', { params: { path: { id } }, body: input }))
        : unwrap(await api.POST('/v1/hot-lists', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hot-lists'] }),
  });
}

/** `DELETE /v1/hot-lists/{id}`. */
export function useDeleteHotList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { error, response } = await api.DELETE('/v1/hot-lists/{id}', { params: { path: { id } } });
      if (!response.ok) throw error ?? new Error(`HTTP ${response.status}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hot-lists'] }),
  });
}

/** `GET /v1/hot-lists/{id}/preview`: the mail as it would go out now (subject, HTML, plain text). */
export function useHotListPreview(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['hot-lists', id, 'preview'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/hot-lists/{id}/preview', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** `GET /v1/distribution-lists`: newest first, a page of 200 at a time. */
export function useDistributionLists() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['distribution-lists'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/distribution-lists', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: flatten,
  });
}

/** `POST /v1/distribution-lists`. */
export function useCreateDistributionList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: DistributionListInput) => unwrap(await api.POST('/v1/distribution-lists', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['distribution-lists'] }),
  });
}

/** `PUT /v1/distribution-lists/{id}`: replaces every writable field (fields left out are cleared). */
export function useReplaceDistributionList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: DistributionListInput }) =>
      unwrap(await api.PUT('/v1/distribution-lists/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['distribution-lists'] }),
  });
}

/** `DELETE /v1/distribution-lists/{id}`. */
export function useDeleteDistributionList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/v1/distribution-lists/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['distribution-lists'] }),
  });
}

/** `GET /v1/contacts`: the tenant's contacts, a page of 200 at a time. */
export function useAllContacts() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['contacts', 'all'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/contacts', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: flatten,
  });
}

/** `GET /v1/contacts/{id}/consent`: `null` when none is on record (the API's 404). */
export function useContactConsent(contactId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consent', contactId],
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api.GET('/v1/contacts/{id}/consent', { params: { path: { id: contactId } }, signal }));
      } catch (e) {
        if (e instanceof ApiProblemException && e.status === 404) return null;
        throw e;
      }
    },
  });
}

/** `PUT /v1/contacts/{id}/consent`. */
export function useRecordConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, input }: { contactId: string; input: Schemas['ContactConsentInput'] }) =>
      unwrap(await api.PUT('/v1/contacts/{id}/consent', { params: { path: { id: contactId } }, body: input })),
    onSuccess: (_, v) => queryClient.invalidateQueries({ queryKey: ['consent', v.contactId] }),
  });
}

/** `DELETE /v1/contacts/{id}/consent`: the contact is not mailed again until consent is recorded anew. */
export function useWithdrawConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contactId: string) => {
      unwrap(await api.DELETE('/v1/contacts/{id}/consent', { params: { path: { id: contactId } } }));
    },
    onSuccess: (_, contactId) => queryClient.setQueryData(['consent', contactId], null),
  });
}

/** `GET /v1/suppressions`: in address order, a page of 200 at a time (the next after `nextAfter`). */
export function useSuppressions() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['suppressions'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/suppressions', { params: { query: { limit: PAGE_SIZE, after: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextAfter,
    select: flatten,
  });
}

/** `POST /v1/suppressions`. */
export function useAddSuppression() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Schemas['SuppressionInput']) => unwrap(await api.POST('/v1/suppressions', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suppressions'] }),
  });
}

/** `DELETE /v1/suppressions/{email}`. */
export function useRemoveSuppression() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => {
      const { error, response } = await api.DELETE('/v1/suppressions/{email}', { params: { path: { email } } });
      if (!response.ok) throw error ?? new Error(`HTTP ${response.status}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suppressions'] }),
  });
}

/** `GET /v1/outreach/drafts?status=`: newest first, a page of 200 at a time. */
export function useDrafts(status?: Schemas['OutreachDraftStatus']) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['outreach-drafts', status],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/outreach/drafts', { params: { query: { limit: PAGE_SIZE, status, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: flatten,
  });
}

/** `POST /v1/outreach/drafts`: the mail of a hot list to a distribution list, rendered now. */
export function useCreateDraft() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['HotListDraftRequest']) => unwrap(await api.POST('/v1/outreach/drafts', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outreach-drafts'] }),
  });
}

export type SubmissionDraftMode = NonNullable<Schemas['SubmissionDraftRequest']['mode']>;

/**
 * `POST /v1/submissions/{id}/outreach-draft`: the mail that submits the consultant to the submission's
 * vendor contact, with the signed RTR attached (ADR 0101); `AI` writes the body through the AI gateway.
 */
export function useCreateSubmissionDraft() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ submissionId, mode }: { submissionId: string; mode: SubmissionDraftMode }) =>
      unwrap(await api.POST('/v1/submissions/{id}/outreach-draft', { params: { path: { id: submissionId } }, body: { mode } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outreach-drafts'] }),
  });
}

/** `GET /v1/contacts/{id}`: a submission draft's recipient. */
export function useContact(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['contacts', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/contacts/{id}', { params: { path: { id: id! } }, signal })),
    enabled: !!id,
  });
}

/** `POST /v1/outreach/drafts/{id}/approve`: a person approves, which sends it. */
export function useApproveDraft() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/v1/outreach/drafts/{id}/approve', { params: { path: { id } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['outreach-drafts'] }),
        queryClient.invalidateQueries({ queryKey: ['outreach-sent'] }),
      ]),
  });
}

/** `GET /v1/outreach/sent`: newest first, a page of 200 at a time, re-read every 5 s while shown (sending is asynchronous). */
export function useSentMail() {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['outreach-sent'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/outreach/sent', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: flatten,
    // Approval only queues: the sender works the queue (ADR 0095), so mail appears here seconds later.
    refetchInterval: 5_000,
  });
}

/** `GET /v1/settings/marketing`. */
export function useMarketingSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'marketing'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/settings/marketing', { signal })),
  });
}

/** `PUT /v1/settings/marketing` (Owner, Admin). */
export function useSaveMarketingSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MarketingSettingsInput) => unwrap(await api.PUT('/v1/settings/marketing', { body })),
    onSuccess: (data) => queryClient.setQueryData(['settings', 'marketing'], data),
  });
}

/** `GET /v1/consultants/{id}/marketing`. */
export function useConsultantMarketing(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consultant-marketing', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/consultants/{id}/marketing', { params: { path: { id } }, signal })),
  });
}

/** `PUT /v1/consultants/{id}/marketing` (Owner, Admin, Recruiter). */
export function useSetConsultantMarketing(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ConsultantMarketingInput']) =>
      unwrap(await api.PUT('/v1/consultants/{id}/marketing', { params: { path: { id } }, body })),
    onSuccess: (data) => queryClient.setQueryData(['consultant-marketing', id], data),
  });
}

/**
 * The API's refusal in words: the approval's `422`s by problem type (`postal-address-required`,
 * `no-consent`, `recipient-suppressed`, `daily-send-cap`), `409 draft-not-pending`, a submission
 * draft's `rtr-required`, `no-recipient` and `503 ai-not-configured`, else the
 * problem's detail and field errors. `action: 'approve'` words `rtr-required` and `no-recipient` for an
 * approval (nothing was sent) rather than for drafting (no draft; ADR 0108).
 */
export function explainMarketingProblem(error: unknown, action: 'draft' | 'approve' = 'draft'): string {
  if (!(error instanceof ApiProblemException)) return error instanceof Error ? error.message : String(error);
  const type = error.problem?.type ?? '';
  const detail = error.problem?.detail ?? '';
  const slug = type.slice(type.lastIndexOf('/') + 1);
  const say = (lead: string) => (detail && detail !== slug ? `${lead} ${detail}` : lead);
  switch (slug) {
    case 'postal-address-required':
      return say('Nothing was sent: the tenant has no postal address. An Owner or Admin sets it under Settings → Marketing.');
    case 'no-consent':
      return say('Nothing was sent: no contact of this list has consent on record. Record consent under Distribution lists.');
    case 'recipient-suppressed':
      return say('Nothing was sent: every consenting contact of this list is on the suppression list.');
    case 'daily-send-cap':
      return say("Nothing was sent: this would go over the tenant's daily send cap.");
    case 'draft-not-pending':
      return say('This draft was approved already.');
    case 'rtr-required':
      if (action === 'approve') {
        return say(
          'Nothing was sent: the attached right to represent no longer covers the submission (revoked, expired, or another rate than its bill rate now). Record one that covers it and draft the mail again.',
        );
      }
      return say('No draft: the consultant has no valid right to represent for this requirement and vendor. Record one on the submission first.');
    case 'no-recipient':
      if (action === 'approve') return say('Nothing was sent: the vendor contact is gone or has no e-mail address.');
      return say('No draft: the submission has no vendor contact with an e-mail address. Set the vendor contact first.');
    case 'ai-not-configured':
      return say('No AI model is configured here; draft from the template instead.');
  }
  if (error.status === 403) return 'Your role cannot do this.';
  return [detail || error.problem?.title || error.message, ...error.fieldErrors].filter(Boolean).join(' ');
}
