import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, type RecordedCall } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { OutreachDraft, OutreachMessage } from '../api/marketing';
import { MarketingPage } from './marketing-page';

const T = '2026-12-06T10:00:00Z';
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function draft(over: Partial<OutreachDraft> = {}): OutreachDraft {
  return {
    id: id(3), kind: 'SUBMISSION', submissionId: id(30), contactId: id(20), subject: 'Submission: Ada Example for Java Developer',
    bodyText: 'Ada Example, Java 9y', bodyHtml: '<p>x</p>', generator: 'TEMPLATE', status: 'APPROVED', approvedBy: 'riley',
    approvedAt: T, createdBy: 'riley', version: 2, createdAt: T, updatedAt: T, ...over,
  };
}
function message(n: number, over: Partial<OutreachMessage> = {}): OutreachMessage {
  return {
    id: id(100 + n), draftId: id(3), recipient: `vendor${n}@vendor.example`, messageId: `<m${n}@benchcrm>`, status: 'SENT',
    queuedAt: T, sentAt: '2026-12-06T10:00:05Z', location: `sent-mail/m${n}.eml`, ...over,
  };
}
/** Drafts by status: the awaiting list empty, the approved one(s) given. */
function drafts(approved: OutreachDraft[]) {
  return (req: RecordedCall) => json({ items: req.query.get('status') === 'APPROVED' ? approved : [] });
}
const base = { 'GET /v1/hot-lists': { items: [] }, 'GET /v1/distribution-lists': { items: [] } };

describe('MarketingPage: an approved draft\'s recipients', () => {
  it('lists each recipient with status, why it did not go, when it was sent, and pages by the cursor', async () => {
    const first = [
      message(1),
      message(2, { status: 'SUPPRESSED', detail: 'suppressed', sentAt: undefined, location: undefined }),
      message(3, { status: 'FAILED', detail: 'postal-address-required', sentAt: undefined, location: undefined }),
      message(4, { status: 'QUEUED', sentAt: undefined, location: undefined }),
    ];
    const api = fakeApi({
      ...base,
      'GET /v1/outreach/drafts': drafts([draft()]),
      'GET /v1/outreach/drafts/:id/messages': (req) =>
        json(req.query.get('cursor') === 'page-2' ? { items: [message(5, { recipient: 'late@vendor.example' })] } : { items: first, nextCursor: 'page-2' }),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=drafts', session: testSession({ roles: ['Sales'] }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Recipients of Submission: Ada Example for Java Developer' }));
    const table = await screen.findByRole('table', { name: 'Recipients of Submission: Ada Example for Java Developer' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('vendor1@vendor.example'),
      expect.stringContaining('vendor2@vendor.example'),
      expect.stringContaining('vendor3@vendor.example'),
      expect.stringContaining('vendor4@vendor.example'),
    ]);
    expect(rows[0]).toHaveTextContent('sent');
    expect(rows[0]).toHaveTextContent('sent-mail/m1.eml');
    expect(rows[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-12-06T10:00:05Z');
    expect(rows[1]).toHaveTextContent('suppressed');
    expect(rows[1]).toHaveTextContent('on the suppression list (unsubscribed, bounced, complained or added by hand)');
    expect(rows[2]).toHaveTextContent('failed');
    expect(rows[2]).toHaveTextContent('the tenant had no postal address when it was to be sent');
    expect(rows[3]).toHaveTextContent('queued');
    const calls = api.calls('GET /v1/outreach/drafts/:id/messages');
    expect(calls[0]!.params.id).toBe(id(3));
    expect(calls[0]!.query.get('limit')).toBe('50');
    expect(calls[0]!.query.has('cursor')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Load more recipients of Submission: Ada Example for Java Developer' }));
    expect(await within(table).findByText('late@vendor.example')).toBeInTheDocument();
    expect(api.calls('GET /v1/outreach/drafts/:id/messages').some((c) => c.query.get('cursor') === 'page-2')).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Load more recipients/ })).not.toBeInTheDocument());
  });

  it('filters by status through the API, and opens the draft named by ?draft= with its recipients shown', async () => {
    const api = fakeApi({
      ...base,
      'GET /v1/outreach/drafts': drafts([draft(), draft({ id: id(5), subject: 'Hot list: Java week 49', kind: 'HOT_LIST', submissionId: undefined })]),
      'GET /v1/outreach/drafts/:id/messages': (req) =>
        json({ items: req.query.get('status') === 'FAILED' ? [] : [message(1, { draftId: req.params.id! })] }),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: `/?tab=drafts&draft=${id(3)}`, session: testSession({ roles: ['Recruiter'] }) });
    const table = await screen.findByRole('table', { name: 'Recipients of Submission: Ada Example for Java Developer' });
    expect(within(table).getByText('vendor1@vendor.example')).toBeInTheDocument();
    expect(table.closest('li')).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByRole('table', { name: 'Recipients of Hot list: Java week 49' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'FAILED');
    expect(await screen.findByText('No recipient is failed.')).toBeInTheDocument();
    expect(api.calls('GET /v1/outreach/drafts/:id/messages').map((c) => c.query.get('status'))).toContain('FAILED');
  });
});

describe('MarketingPage: paging past 200', () => {
  it('loads the next page of hot lists by its cursor and of suppressions by nextAfter', async () => {
    const hot = (n: number) => ({ id: id(n), name: `Hot ${n}`, consultantIds: [], ordering: 'DAYS_ON_BENCH', version: 1, createdAt: T, updatedAt: T });
    const api = fakeApi({
      'GET /v1/hot-lists': (req) =>
        json(req.query.get('cursor') === 'c2' ? { items: [hot(201)] } : { items: Array.from({ length: 200 }, (_, i) => hot(i + 1)), nextCursor: 'c2' }),
      'GET /v1/suppressions': (req) =>
        json(req.query.get('after') === 'm@x.example' ? { items: [{ email: 'z@x.example', reason: 'MANUAL', createdAt: T }] } : { items: [{ email: 'm@x.example', reason: 'MANUAL', createdAt: T }], nextAfter: 'm@x.example' }),
    });
    const { unmount } = renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=hot-lists', session: testSession({ roles: ['Analyst'] }) });
    expect(await screen.findByText('Hot 200')).toBeInTheDocument();
    expect(screen.queryByText('Hot 201')).not.toBeInTheDocument();
    expect(api.calls('GET /v1/hot-lists')[0]!.query.get('limit')).toBe('200');
    await userEvent.click(screen.getByRole('button', { name: 'Load more hot lists' }));
    expect(await screen.findByText('Hot 201')).toBeInTheDocument();
    expect(api.calls('GET /v1/hot-lists').at(-1)!.query.get('cursor')).toBe('c2');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more hot lists' })).not.toBeInTheDocument());
    unmount();

    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=suppressions', session: testSession({ roles: ['Analyst'] }) });
    expect(await screen.findByText('m@x.example')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more suppressed addresses' }));
    expect(await screen.findByText('z@x.example')).toBeInTheDocument();
    expect(api.calls('GET /v1/suppressions').at(-1)!.query.get('after')).toBe('m@x.example');
  });

  it("shows a distribution list's contacts 50 at a time, naming one beyond the loaded contacts by GET /v1/contacts/{id}", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => id(1000 + i));
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [{ id: id(2), name: 'Big list', skillFocus: [], contactIds: ids, version: 1, createdAt: T, updatedAt: T }] },
      'GET /v1/contacts': { items: [{ id: ids[0], fullName: 'Known Vendor', email: 'known@vendor.example', version: 1, createdAt: T, updatedAt: T }], nextCursor: 'more' },
      'GET /v1/contacts/:id': (req) => json({ id: req.params.id, fullName: `Vendor ${req.params.id!.slice(-4)}`, email: 'v@vendor.example', version: 1, createdAt: T, updatedAt: T }),
      'GET /v1/contacts/:id/consent': () => json({ type: 'about:blank', title: 'nf', status: 404 }, 404),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Analyst'] }) });
    const table = await screen.findByRole('table', { name: 'Contacts of Big list and their consent' });
    expect(await within(table).findByText('Known Vendor')).toBeInTheDocument();
    expect(await within(table).findByText('Vendor 1001')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 50 + 1);
    expect(api.calls('GET /v1/contacts/:id').map((c) => c.params.id)).not.toContain(ids[0]);
    await userEvent.click(within(table).getByRole('button', { name: 'Show more contacts (70 more)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 100 + 1);
    await userEvent.click(within(table).getByRole('button', { name: 'Show more contacts (20 more)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 120);
  });
});
