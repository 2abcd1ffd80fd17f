import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { Schemas } from '@/lib/api';
import type { PendingChange } from '../api/pending-changes';
import { PendingChanges, show } from './pending-changes';

const consultantId = '00000000-0000-7000-8000-0000000000c1';

const consultant = {
  id: consultantId,
  fullName: 'Dana Developer',
  title: 'Java Developer',
  email: 'dana@example.com',
  location: { city: 'Austin', state: 'TX', country: 'US' },
  skills: [{ name: 'Java' }],
  version: 3,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
} as unknown as Schemas['Consultant'];

function change(n: number, over: Partial<PendingChange> = {}): PendingChange {
  return {
    id: `00000000-0000-7000-8000-00000000000${n}`,
    consultantId,
    source: 'EMAIL',
    sourceRef: 'raw/acme/m1.eml',
    baseVersion: 3,
    proposed: { title: 'Senior Java Developer', location: { city: 'Dallas', state: 'TX', country: 'US' }, addedSkills: [{ name: 'Kafka' }] } as unknown as PendingChange['proposed'],
    changedFields: ['title', 'location', 'addedSkills'],
    status: 'PENDING',
    proposedBy: 'mail:vendor@example.net',
    createdAt: '2026-12-05T09:00:00Z',
    ...over,
  };
}

describe('PendingChanges', () => {
  it('shows each proposed field beside its current value and approves a change', async () => {
    const ui = userEvent.setup();
    let items = [change(1)];
    const api = fakeApi({
      'GET /v1/consultants/:id/pending-changes': () => ({ items }),
      'POST /v1/consultants/:id/pending-changes/:changeId/approve': (c) => {
        items = items.map((i) => (i.id === c.params.changeId ? { ...i, status: 'APPROVED' as const, decidedBy: 'user-1', decidedAt: '2026-12-06T09:00:00Z' } : i));
        return json({ ...consultant, title: 'Senior Java Developer' });
      },
    });
    renderScreen(<PendingChanges consultant={consultant} />, { fetch: api.fetch });

    const section = await screen.findByRole('region', { name: /Pending changes/ });
    expect(within(section).getByText('1 to review')).toBeInTheDocument();
    const title = within(section).getByRole('rowheader', { name: 'Title' }).closest('tr')!;
    expect(within(title).getByText('Java Developer')).toBeInTheDocument();
    expect(within(title).getByText('Senior Java Developer')).toBeInTheDocument();
    const place = within(section).getByRole('rowheader', { name: 'Location' }).closest('tr')!;
    expect(within(place).getByText('Austin, TX, US')).toBeInTheDocument();
    expect(within(place).getByText('Dallas, TX, US')).toBeInTheDocument();
    expect(within(section).getByRole('rowheader', { name: 'Skills to add' }).closest('tr')).toHaveTextContent('Kafka');

    await ui.click(within(section).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(api.calls('POST /v1/consultants/:id/pending-changes/:changeId/approve')).toHaveLength(1));
    expect(api.calls('POST /v1/consultants/:id/pending-changes/:changeId/approve')[0]!.params).toEqual({
      id: consultantId,
      changeId: change(1).id,
    });
    expect(await within(section).findByText(/Approved by user-1/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('rejects with the reason typed, and says so when the change was decided meanwhile', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/consultants/:id/pending-changes': { items: [change(2)] },
      'POST /v1/consultants/:id/pending-changes/:changeId/reject': () => problem(409, 'change-decided', 'the change was decided already'),
    });
    renderScreen(<PendingChanges consultant={consultant} />, { fetch: api.fetch });

    await ui.type(await screen.findByLabelText('Reason (kept with a rejection)'), 'not this candidate');
    await ui.click(screen.getByRole('button', { name: 'Reject' }));

    await waitFor(() => expect(api.calls('POST /v1/consultants/:id/pending-changes/:changeId/reject')).toHaveLength(1));
    expect(api.calls('POST /v1/consultants/:id/pending-changes/:changeId/reject')[0]!.body).toEqual({ reason: 'not this candidate' });
    // the list is read again after the answer, whatever it was
    await waitFor(() => expect(api.calls('GET /v1/consultants/:id/pending-changes').length).toBeGreaterThan(1));
  });

  it('lets a read-only user see the changes but not decide them, and shows nothing when there are none', async () => {
    const api = fakeApi({ 'GET /v1/consultants/:id/pending-changes': { items: [change(3)] } });
    renderScreen(<PendingChanges consultant={consultant} />, { fetch: api.fetch, session: testSession({ roles: ['ReadOnly'] }) });
    expect(await screen.findByRole('region', { name: /Pending changes/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();

    const empty = fakeApi({ 'GET /v1/consultants/:id/pending-changes': { items: [] } });
    const { container } = renderScreen(<PendingChanges consultant={consultant} />, { fetch: empty.fetch });
    await waitFor(() => expect(empty.calls('GET /v1/consultants/:id/pending-changes')).toHaveLength(1));
    expect(container.querySelector('section')).toBeNull();
  });

  it('formats every kind of field', () => {
    expect(show('yearsExperience', 7)).toBe('7 years');
    expect(show('email', undefined)).toBe('—');
    expect(show('addedSkills', [{ name: 'Go' }, { name: 'Rust' }])).toBe('Go, Rust');
    expect(show('location', { city: 'Boston', state: 'MA' })).toBe('Boston, MA');
  });
});
