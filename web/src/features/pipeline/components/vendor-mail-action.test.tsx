import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { Submission } from '../api/submissions';
import { VendorMailAction } from './vendor-mail-action';

const T = '2026-12-06T10:00:00Z';
const submission = {
  id: 'sub-1', consultantId: 'c-1', requirementId: 'r-1', vendorCompanyId: 'v-1', vendorContactId: 'k-1',
  status: 'SUBMITTED', version: 2, createdAt: T, updatedAt: T,
} as unknown as Submission;

const draft = {
  id: 'draft-9', kind: 'SUBMISSION', submissionId: 'sub-1', contactId: 'k-1', rtrId: 'rtr-1', attachmentName: 'RTR Ada.txt',
  subject: 'Submission: Ada Example for Java Developer', bodyText: 'Hello Bea,', bodyHtml: '<p>Hello Bea,</p>', generator: 'TEMPLATE',
  status: 'DRAFT', createdBy: 'user-1', version: 1, createdAt: T, updatedAt: T,
};

describe('VendorMailAction', () => {
  it('drafts the mail with the chosen mode and opens it in Marketing → Drafts', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/outreach-draft': json(draft, 201) });
    const { router } = renderScreen(<VendorMailAction submission={submission} />, {
      fetch: api.fetch,
      session: testSession({ roles: ['Recruiter'] }),
      extraRoutes: [{ path: '/marketing', element: <p>marketing screen</p> }],
    });
    await ui.selectOptions(screen.getByLabelText('Written by'), 'AI');
    await ui.click(screen.getByRole('button', { name: 'Draft mail to vendor' }));

    expect(await screen.findByText('marketing screen')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=drafts&draft=draft-9');
    const call = api.calls('POST /v1/submissions/:id/outreach-draft')[0]!;
    expect(call.params.id).toBe('sub-1');
    expect(call.body).toEqual({ mode: 'AI' });
  });

  it.each([
    ['rtr-required', /no valid right to represent/],
    ['no-recipient', /no vendor contact with an e-mail address/],
  ])('says why when the draft is refused with %s, and stays', async (slug, expected) => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/outreach-draft': problem(422, slug, 'details from the API') });
    const { router } = renderScreen(<VendorMailAction submission={submission} />, { fetch: api.fetch, session: testSession({ roles: ['Owner'] }) });
    await ui.click(screen.getByRole('button', { name: 'Draft mail to vendor' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(expected));
    expect(router.state.location.pathname).toBe('/');
  });

  it('AI without a model is a 503 that says to use the template', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/outreach-draft': problem(503, 'ai-not-configured', 'no AI model is configured') });
    renderScreen(<VendorMailAction submission={submission} />, { fetch: api.fetch, session: testSession({ roles: ['Admin'] }) });
    await ui.selectOptions(screen.getByLabelText('Written by'), 'AI');
    await ui.click(screen.getByRole('button', { name: 'Draft mail to vendor' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/draft from the template instead/));
  });

  it('is not offered to Sales or Analysts', () => {
    const api = fakeApi({});
    renderScreen(<VendorMailAction submission={submission} />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    expect(screen.queryByRole('button', { name: 'Draft mail to vendor' })).not.toBeInTheDocument();
  });
});
