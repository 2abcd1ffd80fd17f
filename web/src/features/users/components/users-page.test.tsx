import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { User } from '../api/users';
import { UsersPage } from './users-page';

function user(n: number, over: Partial<User> = {}): User {
  return {
    id: `00000000-0000-7000-8000-00000000000${n}`,
    email: `u${n}@example.com`,
    name: `User ${n}`,
    role: 'Recruiter',
    status: 'ACTIVE',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...over,
  };
}

function validation(pointer: string, detail: string) {
  return new Response(
    JSON.stringify({
      type: 'https://benchcrm.dev/problems/validation', title: 'Validation failed', status: 422, detail: 'The request has invalid fields.',
      instance: '/v1/users/x', traceId: 't-2', errors: [{ pointer, detail }],
    }),
    { status: 422, headers: { 'content-type': 'application/problem+json' } },
  );
}

const owner = user(1, { role: 'Owner', name: 'Olga Owner' });
const rec = user(2, { name: 'Rita Recruiter' });

describe('UsersPage', () => {
  it('lists the users and invites one with a name and a role', async () => {
    const ui = userEvent.setup();
    let list = [owner, rec];
    const api = fakeApi({
      'GET /v1/users': () => ({ items: list }),
      'POST /v1/users': (c) => {
        const created = user(3, { ...(c.body as Partial<User>), status: 'INVITED' });
        list = [created, ...list];
        return json(created, 201);
      },
    });
    renderScreen(<UsersPage />, { fetch: api.fetch });
    const table = await screen.findByRole('table', { name: 'Users of the tenant' });
    expect(within(table).getByText('Olga Owner')).toBeInTheDocument();

    await ui.type(screen.getByLabelText('E-mail'), 'new@example.com');
    await ui.type(screen.getByLabelText('Name'), 'Nia New');
    await ui.selectOptions(screen.getByLabelText('Role'), 'Sales');
    await ui.click(screen.getByRole('button', { name: 'Invite' }));

    await waitFor(() => expect(api.calls('POST /v1/users')).toHaveLength(1));
    expect(api.calls('POST /v1/users')[0]!.body).toEqual({ email: 'new@example.com', name: 'Nia New', role: 'Sales' });
    const row = (await screen.findByText('Nia New')).closest('tr')!;
    expect(within(row).getByText('invited')).toBeInTheDocument();
  });

  it('an Admin cannot pick Owner, and a duplicate e-mail is said plainly', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/users': { items: [owner, rec] },
      'POST /v1/users': new Response(
        JSON.stringify({ type: 'https://benchcrm.dev/problems/duplicate', title: 'Duplicate', status: 409, detail: 'u2@example.com is a user already', instance: '/v1/users', traceId: 't' }),
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      ),
    });
    renderScreen(<UsersPage />, { fetch: api.fetch, session: testSession({ roles: ['Admin'] }) });
    await screen.findByText('Rita Recruiter');
    expect(within(screen.getByLabelText('Role')).getByRole('option', { name: 'Owner' })).toBeDisabled();
    expect(screen.getByLabelText('Role of Olga Owner')).toBeDisabled();

    await ui.type(screen.getByLabelText('E-mail'), 'u2@example.com');
    await ui.type(screen.getByLabelText('Name'), 'Again');
    await ui.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That e-mail already belongs to a user of this tenant');
  });

  it('changes a role, deactivates and reactivates, sending only what changed', async () => {
    const ui = userEvent.setup();
    let current = rec;
    const api = fakeApi({
      'GET /v1/users': () => ({ items: [owner, current] }),
      'PATCH /v1/users/:id': (c) => {
        const body = c.body as { role?: User['role']; status?: 'ACTIVE' | 'DEACTIVATED' };
        current = { ...current, ...(body.role ? { role: body.role } : {}), ...(body.status ? { status: body.status } : {}) };
        return current;
      },
    });
    renderScreen(<UsersPage />, { fetch: api.fetch, session: testSession({ roles: ['Owner'], subject: owner.id }) });
    await ui.selectOptions(await screen.findByLabelText('Role of Rita Recruiter'), 'Admin');
    await waitFor(() => expect(api.calls('PATCH /v1/users/:id')).toHaveLength(1));
    expect(api.calls('PATCH /v1/users/:id')[0]!.body).toEqual({ role: 'Admin' });
    expect(api.calls('PATCH /v1/users/:id')[0]!.params.id).toBe(rec.id);

    await ui.click(screen.getByRole('button', { name: 'Deactivate Rita Recruiter' }));
    const reactivate = await screen.findByRole('button', { name: 'Reactivate Rita Recruiter' });
    expect(api.calls('PATCH /v1/users/:id')[1]!.body).toEqual({ status: 'DEACTIVATED' });
    expect(within(reactivate.closest('tr')!).getByText('deactivated')).toBeInTheDocument();

    await ui.click(reactivate);
    await screen.findByRole('button', { name: 'Deactivate Rita Recruiter' });
    expect(api.calls('PATCH /v1/users/:id')[2]!.body).toEqual({ status: 'ACTIVE' });
  });

  it('shows the rules the API enforces: the last Owner stays, nobody deactivates themselves', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/users': { items: [owner, rec] },
      'PATCH /v1/users/:id': (c) =>
        (c.body as { role?: string }).role
          ? validation('/role', "this is the tenant's last active Owner; make another user an Owner first")
          : validation('/status', 'you cannot deactivate yourself'),
    });
    renderScreen(<UsersPage />, { fetch: api.fetch, session: testSession({ roles: ['Owner'], subject: owner.id }) });
    await ui.selectOptions(await screen.findByLabelText('Role of Olga Owner'), 'Admin');
    const row = screen.getByText('Olga Owner').closest('tr')!;
    expect(await within(row).findByRole('alert')).toHaveTextContent('The tenant keeps at least one active Owner');

    await ui.click(screen.getByRole('button', { name: 'Deactivate Olga Owner' }));
    await waitFor(() => expect(within(row).getByRole('alert')).toHaveTextContent('You cannot deactivate yourself.'));
  });

  it('a Recruiter is told the screen is for Owners and Admins, and nothing is fetched', async () => {
    const api = fakeApi({ 'GET /v1/users': { items: [] } });
    renderScreen(<UsersPage />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    expect(await screen.findByText(/Only an Owner or Admin manages/)).toBeInTheDocument();
    expect(api.calls('GET /v1/users')).toHaveLength(0);
  });
});
