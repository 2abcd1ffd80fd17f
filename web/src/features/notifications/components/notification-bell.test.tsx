import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import { NotificationBell } from './notification-bell';

const unread = {
  id: 'n1',
  kind: 'REQUIREMENT_MATCH',
  title: 'Senior Java Developer matches Asha Rao (86%)',
  body: 'Asha Rao 86%',
  entity: 'requirement',
  entityId: 'r1',
  link: '/inbox/r1',
  unread: true,
  createdAt: new Date().toISOString(),
};
const read = { ...unread, id: 'n2', title: 'Ben Low: Submitted → Interviewing', link: '/pipeline?submission=s1', unread: false, readAt: new Date().toISOString() };

describe('NotificationBell', () => {
  it('shows the unread count, lists the notifications, marks one read and dismisses another', async () => {
    const ui = userEvent.setup();
    let items = [unread, read];
    const api = fakeApi({
      'GET /v1/notifications': () => ({ items, unreadCount: items.filter((i) => i.unread).length }),
      'POST /v1/notifications/:id/read': (c) => {
        items = items.map((i) => (i.id === c.params.id ? { ...i, unread: false } : i));
        return items.find((i) => i.id === c.params.id)!;
      },
      'DELETE /v1/notifications/:id': (c) => {
        items = items.filter((i) => i.id !== c.params.id);
        return new Response(null, { status: 204 });
      },
    });
    renderScreen(<NotificationBell />, { fetch: api.fetch });

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await ui.click(bell);
    const panel = screen.getByRole('region', { name: 'Notifications' });
    expect(within(panel).getByRole('link', { name: /Senior Java Developer matches Asha Rao/ })).toHaveAttribute('href', '/inbox/r1');
    expect(within(panel).getByText('Ben Low: Submitted → Interviewing')).toBeInTheDocument();

    await ui.click(within(panel).getByRole('button', { name: /^Mark read: Senior Java/ }));
    await waitFor(() => expect(api.calls('POST /v1/notifications/:id/read')[0]!.params.id).toBe('n1'));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();

    await ui.click(within(panel).getByRole('button', { name: /^Dismiss: Ben Low/ }));
    await waitFor(() => expect(api.calls('DELETE /v1/notifications/:id')[0]!.params.id).toBe('n2'));
    await waitFor(() => expect(within(panel).queryByText('Ben Low: Submitted → Interviewing')).not.toBeInTheDocument());
  });

  it('marks all read, and opening a notification marks it read and follows its link', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/notifications': { items: [unread], unreadCount: 1 },
      'POST /v1/notifications/read-all': { marked: 1 },
      'POST /v1/notifications/:id/read': { ...unread, unread: false },
    });
    const { router } = renderScreen(<NotificationBell />, { fetch: api.fetch });

    await ui.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await ui.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(api.calls('POST /v1/notifications/read-all')).toHaveLength(1));

    await ui.click(screen.getByRole('link', { name: /Senior Java Developer/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inbox/r1'));
    expect(api.calls('POST /v1/notifications/:id/read')).toHaveLength(1);
  });

  it('with nothing to show says so', async () => {
    const ui = userEvent.setup();
    renderScreen(<NotificationBell />, { fetch: fakeApi({ 'GET /v1/notifications': { items: [], unreadCount: 0 } }).fetch });
    await ui.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText('Nothing new.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it("follows a submission's link to the pipeline with the submission named, and an old hot-list link to Marketing", async () => {
    const ui = userEvent.setup();
    const hot = '0193f7a2-0000-7000-8000-0000000000aa';
    const reply = { ...unread, id: 'n3', kind: 'OUTREACH_REPLY', title: 'Reply to a hot list from a@vendor.example', entity: 'hot-list', entityId: hot, link: `/hot-lists/${hot}`, unread: false };
    const api = fakeApi({ 'GET /v1/notifications': { items: [read, reply], unreadCount: 0 } });
    const { router } = renderScreen(<NotificationBell />, { fetch: api.fetch });
    await ui.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(screen.getByRole('link', { name: /Reply to a hot list/ })).toHaveAttribute('href', `/marketing?tab=hot-lists&hotList=${hot}`);
    await ui.click(screen.getByRole('link', { name: /Ben Low/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pipeline'));
    expect(router.state.location.search).toBe('?submission=s1');
  });
});

