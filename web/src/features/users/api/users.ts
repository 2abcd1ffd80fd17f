import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type User = Schemas['User'];
export type Role = Schemas['Role'];
export type UserInvite = Schemas['UserInvite'];
export type UserChange = Schemas['UserChange'];

export const ROLES: Role[] = ['Owner', 'Admin', 'Recruiter', 'Sales', 'Analyst', 'ReadOnly'];

/** `GET /v1/users`: the tenant's users, newest first (Owner, Admin). */
export function useUsers(enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['users'],
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/v1/users', { params: { query: { limit: 100, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

/** `POST /v1/users`: invite by e-mail with a name and a role (only an Owner invites an Owner). */
export function useInviteUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invite: UserInvite) => unwrap(await api.POST('/v1/users', { body: invite })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** `PATCH /v1/users/{id}`: a new role, or `DEACTIVATED` / `ACTIVE`. */
export function useChangeUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: UserChange }) =>
      unwrap(await api.PATCH('/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
