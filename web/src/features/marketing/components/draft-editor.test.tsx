import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { OutreachDraft } from '../api/marketing';
import { DraftEditor } from './draft-editor';
import { MarketingPage } from './marketing-page';

const T = '2026-12-06T10:00:00Z';
const ID = '00000000-0000-7000-8000-000000000003';

function draft(over: Partial<OutreachDraft> = {}): OutreachDraft {
  return {
    id: ID, kind: 'HOT_LIST', hotListId: ID, distributionListId: ID, subject: 'Hot list: Java week 49',
    bodyText: 'BC-7Q2 Senior Java developer, Dallas TX\n', bodyHtml: '<p>x</p>', generator: 'TEMPLATE',
    status: 'DRAFT', createdBy: 'user-1', version: 3, createdAt: T, updatedAt: T, ...over,
  };
}

describe('DraftEditor', () => {
  it('saves the changed subject and text with If-Match on the version shown, then the card shows the new text', async () => {
    const ui = userEvent.setup();
    let current = draft();
    const api = fakeApi({
      'GET /v1/outreach/drafts': () => ({ items: [current] }),
      'GET /v1/hot-lists': { items: [] },
      'GET /v1/distribution-lists': { items: [] },
      'PATCH /v1/outreach/drafts/:id': (c) => {
        const edit = c.body as { subject?: string; bodyText?: string };
        current = { ...current, ...edit, version: 4, editedBy: 'user-9', editedAt: '2026-12-06T11:00:00Z' };
        return current;
      },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=drafts', session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Edit Hot list: Java week 49' }));
    const subject = screen.getByLabelText('Subject');
    expect(subject).toHaveValue('Hot list: Java week 49');
    expect(screen.getByLabelText('Text')).toHaveValue('BC-7Q2 Senior Java developer, Dallas TX');
    await ui.clear(subject);
    await ui.type(subject, 'Java leads this week');
    await ui.clear(screen.getByLabelText('Text'));
    await ui.type(screen.getByLabelText('Text'), 'Hello,{enter}{enter}Two Java leads.');
    await ui.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.calls('PATCH /v1/outreach/drafts/:id')).toHaveLength(1));
    const call = api.calls('PATCH /v1/outreach/drafts/:id')[0]!;
    expect(call.params.id).toBe(ID);
    expect(call.headers.get('if-match')).toBe('"3"');
    expect(call.body).toEqual({ subject: 'Java leads this week', bodyText: 'Hello,\n\nTwo Java leads.' });
    const card = await screen.findByRole('article', { name: 'Java leads this week' });
    expect(within(card).getByRole('region', { name: 'Text of Java leads this week' })).toHaveTextContent('Two Java leads.');
    expect(within(card).getByText(/Edited by user-9/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Subject')).not.toBeInTheDocument();
  });

  it('sends only what changed, and Cancel sends nothing', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'PATCH /v1/outreach/drafts/:id': (c) => ({ ...draft(), ...(c.body as object), version: 4 }) });
    renderScreen(<DraftEditor draft={draft()} />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    await ui.click(screen.getByRole('button', { name: /^Edit/ }));
    await ui.type(screen.getByLabelText('Subject'), ' (2)');
    await ui.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Subject')).not.toBeInTheDocument();
    expect(api.calls('PATCH /v1/outreach/drafts/:id')).toHaveLength(0);

    await ui.click(screen.getByRole('button', { name: /^Edit/ }));
    expect(screen.getByLabelText('Subject')).toHaveValue('Hot list: Java week 49');
    await ui.type(screen.getByLabelText('Subject'), ' (2)');
    await ui.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls('PATCH /v1/outreach/drafts/:id')).toHaveLength(1));
    expect(api.calls('PATCH /v1/outreach/drafts/:id')[0]!.body).toEqual({ subject: 'Hot list: Java week 49 (2)' });
  });

  it('refuses an empty subject or text before asking the API', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({});
    renderScreen(<DraftEditor draft={draft()} />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(screen.getByRole('button', { name: /^Edit/ }));
    await ui.clear(screen.getByLabelText('Subject'));
    await ui.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The subject cannot be empty.');
    await ui.type(screen.getByLabelText('Subject'), 'Fine');
    await ui.clear(screen.getByLabelText('Text'));
    await ui.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The text cannot be empty.');
    expect(api.calls('PATCH /v1/outreach/drafts/:id')).toHaveLength(0);
  });

  it.each([
    [problem(412, 'precondition-failed'), 'Someone changed this draft meanwhile'],
    [problem(409, 'draft-not-pending'), 'no longer a draft'],
    [
      new Response(
        JSON.stringify({ type: 'https://benchcrm.dev/problems/validation', title: 'Request body breaks a rule', status: 422, detail: 'invalid', errors: [{ pointer: '/bodyText', detail: 'an unresolved placeholder is left: [Your Name]' }] }),
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
      '/bodyText: an unresolved placeholder is left: [Your Name]',
    ],
  ])('shows the refusal and keeps the form open (%#)', async (response, text) => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'PATCH /v1/outreach/drafts/:id': () => response });
    renderScreen(<DraftEditor draft={draft()} />, { fetch: api.fetch, session: testSession({ roles: ['Admin'] }) });
    await ui.click(screen.getByRole('button', { name: /^Edit/ }));
    await ui.type(screen.getByLabelText('Text'), ' Regards, [[Your Name]');
    await ui.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.getByLabelText('Subject')).toBeInTheDocument();
  });

  it('gives an Analyst no Edit, and shows who edited the draft', () => {
    renderScreen(<DraftEditor draft={draft({ editedBy: 'user-9', editedAt: '2026-12-06T11:00:00Z' })} />, {
      fetch: fakeApi({}).fetch,
      session: testSession({ roles: ['Analyst'] }),
    });
    expect(screen.getByText(/Edited by user-9/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });
});
