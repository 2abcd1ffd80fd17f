import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { TimelineEntry } from '../api/timeline';
import { Timeline } from './timeline';

const ID = '0193f7a2-0000-7000-8000-0000000000c1';

describe('Timeline', () => {
  it('lists activities and changes newest first, and logs a call', async () => {
    const ui = userEvent.setup();
    let entries: TimelineEntry[] = [{ id: 'a1', type: 'change', at: '2026-12-01T10:00:00Z', actorId: 'u', action: 'company.created' }];
    const api = fakeApi({
      'GET /v1/companies/:id/timeline': () => ({ items: entries }),
      'POST /v1/companies/:id/activities': (c) => {
        const b = c.body as { kind: 'CALL'; subject?: string; body?: string };
        entries = [{ id: 'a2', type: 'activity', at: '2026-12-02T10:00:00Z', actorId: 'u', kind: b.kind, subject: b.subject, body: b.body }, ...entries];
        return json({ id: 'a2' }, 201);
      },
    });
    renderScreen(<Timeline owner="company" id={ID} />, { fetch: api.fetch });
    await screen.findByText('company.created');
    await ui.selectOptions(screen.getByLabelText('Kind'), 'CALL');
    await ui.type(screen.getByLabelText('Subject'), 'Rate check');
    await ui.type(screen.getByLabelText('Note'), 'Confirmed 85/h C2C');
    await ui.click(screen.getByRole('button', { name: 'Log activity' }));
    await waitFor(() => expect(api.calls('POST /v1/companies/:id/activities')).toHaveLength(1));
    expect(api.calls('POST /v1/companies/:id/activities')[0]!.body).toEqual({ kind: 'CALL', subject: 'Rate check', body: 'Confirmed 85/h C2C' });
    const list = await screen.findByRole('list', { name: 'Timeline, newest first' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Rate check'));
    expect(screen.getByLabelText('Subject')).toHaveValue('');
  });

  it('refuses an empty activity without calling the API, and a ReadOnly user gets no form', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'GET /v1/requirements/:id/timeline': { items: [] }, 'POST /v1/requirements/:id/activities': {} });
    const { unmount } = renderScreen(<Timeline owner="requirement" id={ID} />, { fetch: api.fetch });
    await ui.click(await screen.findByRole('button', { name: 'Log activity' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a subject or a note.');
    expect(api.calls('POST /v1/requirements/:id/activities')).toHaveLength(0);
    unmount();
    renderScreen(<Timeline owner="requirement" id={ID} />, { fetch: api.fetch, session: testSession({ roles: ['ReadOnly'] }) });
    expect(await screen.findByText('Nothing logged yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log activity' })).not.toBeInTheDocument();
  });
});
