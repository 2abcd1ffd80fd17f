import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException } from '@/lib/api';
import { useAuth, useHasRole } from '@/lib/auth/auth-context';
import { when } from '@/lib/utils';
import { ROLES, useChangeUser, useInviteUser, useUsers, type Role, type User } from '../api/users';

/**
 * What a refused change means, in the words of the rule the API enforces (the API decides; the
 * screen only explains its 403, 409 and 422 answers).
 */
export function explainUserProblem(error: unknown): string {
  if (!(error instanceof ApiProblemException)) return error instanceof Error ? error.message : String(error);
  const detail = error.problem?.detail ?? '';
  const pointers = (error.problem?.errors ?? []).map((e) => e.pointer);
  if (error.status === 403) return `Only an Owner can make someone an Owner or change an Owner. ${detail}`.trim();
  if (error.status === 409) return `That e-mail already belongs to a user of this tenant. ${detail}`.trim();
  if (error.status === 422 && pointers.includes('/status') && /themselves|yourself|own/i.test(detail + error.fieldErrors.join(' ')))
    return 'You cannot deactivate yourself.';
  if (error.status === 422 && (pointers.includes('/role') || pointers.includes('/status')) && /owner/i.test(detail + error.fieldErrors.join(' ')))
    return 'The tenant keeps at least one active Owner: make someone else an Owner first.';
  if (error.status === 422) return [detail, ...error.fieldErrors].filter(Boolean).join(' ');
  if (error.status === 503) return 'The identity provider did not answer; nothing was changed. Try again.';
  return error.message;
}

const STATUS_VARIANT = { ACTIVE: 'success', INVITED: 'warning', DEACTIVATED: 'muted' } as const;

/** The tenant's users (Owner, Admin): invite, change a role, deactivate and reactivate. */
export function UsersPage() {
  const manage = useHasRole('Owner', 'Admin');
  const users = useUsers(manage);
  const items = users.data?.pages.flatMap((p) => p.items) ?? [];
  if (!manage) {
    return (
      <div className="p-4">
        <h1 className="text-lg font-semibold">Users</h1>
        <p className="mt-2 text-sm text-muted-foreground">Only an Owner or Admin manages the tenant's users.</p>
      </div>
    );
  }
  return (
    <div className="h-full overflow-y-auto p-4">
      <h1 className="text-lg font-semibold">Users</h1>
      <p className="text-sm text-muted-foreground">
        Who can sign in to this tenant, and as what. An invited user is <em>invited</em> until the first sign-in; a deactivated one cannot sign in.
      </p>
      <InviteForm />
      <div className="mt-4">
        {users.isPending && <Skeleton className="h-40" label="Loading users" />}
        {users.isError && <ErrorState error={users.error} retry={() => void users.refetch()} />}
        {users.isSuccess && items.length === 0 && <EmptyState title="No users">Invite the first one above.</EmptyState>}
        {items.length > 0 && (
          <div className="overflow-x-auto rounded-md border">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Users of the tenant</caption>
              <thead className="bg-muted/50 text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="px-3 py-2">User</th>
                  <th scope="col" className="px-3 py-2">Role</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="hidden px-3 py-2 md:table-cell">Last sign-in</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y">{items.map((u) => <UserRow key={u.id} user={u} />)}</tbody>
            </table>
          </div>
        )}
        {users.hasNextPage && (
          <Button variant="outline" size="sm" className="mt-3" onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
            More users
          </Button>
        )}
      </div>
    </div>
  );
}

function InviteForm() {
  const invite = useInviteUser();
  const owner = useHasRole('Owner');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setError(undefined);
    invite.mutate(
      { email: String(f.get('email')).trim(), name: String(f.get('name')).trim(), role: String(f.get('role')) as Role },
      {
        onSuccess: (u) => {
          toast.success(`${u.email} invited as ${u.role}`);
          form.reset();
        },
        onError: (err) => setError(explainUserProblem(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Invite a user" className="mt-3 grid grid-cols-1 gap-2 rounded-md border p-3 sm:grid-cols-2 md:grid-cols-4 md:items-end">
      <div className="space-y-1">
        <Label htmlFor="u-email">E-mail</Label>
        <Input id="u-email" name="email" type="email" required maxLength={254} autoComplete="off" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="u-name">Name</Label>
        <Input id="u-name" name="name" required maxLength={200} autoComplete="off" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="u-role">Role</Label>
        <Select id="u-role" name="role" defaultValue="Recruiter">
          {ROLES.map((r) => (
            <option key={r} value={r} disabled={r === 'Owner' && !owner}>
              {r}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={invite.isPending}>Invite</Button>
      {error && (
        <p role="alert" className="text-sm text-destructive sm:col-span-2 md:col-span-4">
          {error}
        </p>
      )}
    </form>
  );
}

function UserRow({ user }: { user: User }) {
  const { session } = useAuth();
  const owner = useHasRole('Owner');
  const change = useChangeUser();
  const [error, setError] = useState<string>();
  const label = user.name ?? user.email;
  const run = (body: Parameters<typeof change.mutate>[0]['change'], done: string) => {
    setError(undefined);
    change.mutate({ id: user.id, change: body }, { onSuccess: () => toast.success(done), onError: (err) => setError(explainUserProblem(err)) });
  };
  const self = user.id === session.subject || (!!session.email && user.email === session.email);
  return (
    <tr>
      <td className="px-3 py-2 align-top">
        <span className="block font-medium">{label}</span>
        {user.name && <span className="block text-xs text-muted-foreground">{user.email}</span>}
        {error && (
          <p role="alert" className="mt-1 text-xs text-destructive">
            {error}
          </p>
        )}
      </td>
      <td className="px-3 py-2 align-top">
        <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {label}</label>
        <Select
          id={`role-${user.id}`}
          className="h-8 w-auto"
          value={user.role}
          disabled={change.isPending || (user.role === 'Owner' && !owner)}
          onChange={(e) => run({ role: e.target.value as Role }, `${label} is now ${e.target.value}`)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r} disabled={r === 'Owner' && !owner}>
              {r}
            </option>
          ))}
        </Select>
      </td>
      <td className="px-3 py-2 align-top">
        <Badge variant={STATUS_VARIANT[user.status]}>{user.status.toLowerCase()}</Badge>
      </td>
      <td className="hidden px-3 py-2 align-top text-xs text-muted-foreground md:table-cell">
        {user.lastSignInAt ? <time dateTime={user.lastSignInAt}>{when(user.lastSignInAt)}</time> : 'never'}
      </td>
      <td className="px-3 py-2 text-right align-top">
        {user.status === 'DEACTIVATED' ? (
          <Button size="sm" variant="outline" aria-label={`Reactivate ${label}`} disabled={change.isPending} onClick={() => run({ status: 'ACTIVE' }, `${label} reactivated`)}>
            Reactivate
          </Button>
        ) : (
          <Button
            size="sm"
            variant="outline"
            aria-label={`Deactivate ${label}`}
            disabled={change.isPending}
            title={self ? 'You cannot deactivate yourself' : undefined}
            onClick={() => run({ status: 'DEACTIVATED' }, `${label} deactivated`)}
          >
            Deactivate
          </Button>
        )}
      </td>
    </tr>
  );
}
