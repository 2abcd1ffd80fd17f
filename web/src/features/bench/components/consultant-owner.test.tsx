import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { ConsultantOwner } from '../api/owner';
import { ConsultantOwnerField } from './consultant-owner';

const C = '0193f7a2-5b3c-7d4e-8f60-123456789abc';
const ANN = '0193f7a0-0000-7000-8000-0000000a0001';
const BOB = '0193f7a0-0000-7000-8000-0000000a0002';
const candidates = [
  { id: ANN, name: 'Ann Admin' },
  { id: BOB, name: 'Bob Recruiter' },
];

function ownerApi(initial: Partial<ConsultantOwner>, put?: (body: { ownerUserId: string | null }) => Response | undefined) {
  let state: ConsultantOwner = { consultantId: C, candidates, ...initial };
  return fakeApi({
    'GET /v1/consultants/:id/owner': () => state,
    'PUT /v1/consultants/:id/owner': (c) => {
      const body = c.body as { ownerUserId: string | null };
      const refused = put?.(body);
      if (refused) return refused;
      const picked = candidates.find((u) => u.id === body.ownerUserId);
      state = { consultantId: C, candidates, ...(picked ? { ownerUserId: picked.id, ownerName: picked.name } : {}) };
      return { consultantId: C, ...(picked ? { ownerUserId: picked.id } : {}) };
    },
  });
}

describe('ConsultantOwnerField', () => {
  it("names the owner, marks the signed-in user, and sets another of the tenant's users", async () => {
    const ui = userEvent.setup();
    const api = ownerApi({ ownerUserId: BOB, ownerName: 'Bob Recruiter' });
    renderScreen(<ConsultantOwnerField consultantId={C} />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'], subject: BOB }) });
    expect(await screen.findByText(/Owned by/)).toHaveTextContent('Owned by Bob Recruiter (you)');
    await ui.click(screen.getByRole('button', { name: 'Change owner' }));
    const form = screen.getByRole('form', { name: 'Owner of the consultant' });
    const select = within(form).getByRole('combobox', { name: 'Owner' });
    expect(select).toHaveValue(BOB);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Nobody', 'Ann Admin', 'Bob Recruiter (you)']);
    await ui.selectOptions(select, ANN);
    await ui.click(within(form).getByRole('button', { name: 'Save owner' }));
    await waitFor(() => expect(api.calls('PUT /v1/consultants/:id/owner')).toHaveLength(1));
    expect(api.calls('PUT /v1/consultants/:id/owner')[0]!.params.id).toBe(C);
    expect(api.calls('PUT /v1/consultants/:id/owner')[0]!.body).toEqual({ ownerUserId: ANN });
    expect(await screen.findByText(/Owned by/)).toHaveTextContent('Owned by Ann Admin');
    expect(screen.getByText(/Owned by/)).not.toHaveTextContent('(you)');
  });

  it('clears the owner with null, and says nobody is told of its matches', async () => {
    const ui = userEvent.setup();
    const api = ownerApi({ ownerUserId: ANN, ownerName: 'Ann Admin' });
    renderScreen(<ConsultantOwnerField consultantId={C} />, { fetch: api.fetch, session: testSession({ roles: ['Admin'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Change owner' }));
    await ui.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), '');
    await ui.click(screen.getByRole('button', { name: 'Save owner' }));
    await waitFor(() => expect(api.calls('PUT /v1/consultants/:id/owner')).toHaveLength(1));
    expect(api.calls('PUT /v1/consultants/:id/owner')[0]!.body).toEqual({ ownerUserId: null });
    expect(await screen.findByText(/Owned by/)).toHaveTextContent('Owned by nobody (no one is told of its matches or expiries)');
  });

  it("shows the API's refusal with its field error and keeps the form", async () => {
    const ui = userEvent.setup();
    const api = ownerApi({}, () =>
      new Response(
        JSON.stringify({
          type: 'https://benchcrm.dev/problems/validation', title: 'Validation failed', status: 422, detail: 'The request has invalid fields.',
          errors: [{ pointer: '/ownerUserId', detail: `not an active user of this tenant: ${BOB}` }],
        }),
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    renderScreen(<ConsultantOwnerField consultantId={C} />, { fetch: api.fetch, session: testSession({ roles: ['Owner'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Change owner' }));
    await ui.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), BOB);
    await ui.click(screen.getByRole('button', { name: 'Save owner' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`/ownerUserId: not an active user of this tenant: ${BOB}`);
    expect(screen.getByRole('form', { name: 'Owner of the consultant' })).toBeInTheDocument();
  });

  it('reads the owner without a change button for Sales, and names a deactivated owner as such', async () => {
    const api = ownerApi({ ownerUserId: '0193f7a0-0000-7000-8000-0000000a0009' });
    renderScreen(<ConsultantOwnerField consultantId={C} />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    expect(await screen.findByText(/Owned by/)).toHaveTextContent('Owned by a user who is no longer active');
    expect(screen.queryByRole('button', { name: 'Change owner' })).not.toBeInTheDocument();
    expect(api.calls('PUT /v1/consultants/:id/owner')).toHaveLength(0);
  });

  it('says a 403 in words', async () => {
    const ui = userEvent.setup();
    const api = ownerApi({}, () => problem(403, 'forbidden', 'Needs consultant:write.'));
    renderScreen(<ConsultantOwnerField consultantId={C} />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Change owner' }));
    await ui.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), ANN);
    await ui.click(screen.getByRole('button', { name: 'Save owner' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role cannot change who owns a consultant.');
  });
});
