import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Notification = Schemas['Notification'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type NotificationPreferencesInput = Schemas['NotificationPreferencesInput'];

export const NOTIFICATION_KINDS: { kind: NotificationKind; label: string }[] = [
  { kind: 'REQUIREMENT_MATCH', label: 'A new requirement matches one of my consultants' },
  { kind: 'INTERVIEW_TOMORROW', label: 'An interview tomorrow' },
  { kind: 'WORK_AUTHORIZATION_EXPIRING', label: 'A work authorization expiring' },
  { kind: 'SUBMISSION_STATUS_CHANGED', label: 'A submission changed stage' },
  { kind: 'OUTREACH_REPLY', label: 'A reply to a hot list or a submission' },
];

const KEY = ['notifications'] as const;

/** `GET /v1/notifications`: the first page (unread first) and the unread count, polled every 30 s. */
export function useNotifications(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: KEY,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/notifications', { params: { query: { limit: 20 } }, signal })),
    refetchInterval: 30_000,
    enabled,
  });
}

/** `POST /v1/notifications/{id}/read`. */
export function useMarkRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** `POST /v1/notifications/read-all`. */
export function useMarkAllRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/notifications/read-all', {})),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** `DELETE /v1/notifications/{id}`: dismiss. */
export function useDismiss() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/v1/notifications/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

const PREFS = ['notification-preferences'] as const;

/** `GET /v1/me/notification-preferences` (the defaults, version 0, until saved). */
export function useNotificationPreferences() {
  const api = useApi();
  return useQuery({
    queryKey: PREFS,
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/me/notification-preferences', { signal })),
  });
}

/** `PUT /v1/me/notification-preferences` with `If-Match` on the version read. */
export function useSaveNotificationPreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version }: { input: NotificationPreferencesInput; version: number }) =>
      unwrap(
        await api.PUT('/v1/me/notification-preferences', {
          body: input,
          params: { header: { 'If-Match': `"${version}"` } },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(PREFS, saved),
  });
}
