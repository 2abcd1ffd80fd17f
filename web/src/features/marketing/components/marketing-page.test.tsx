import { Toaster } from '@/components/ui/toaster';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { DistributionList, HotList, OutreachDraft, RenderedHotList } from '../api/marketing';
import { MarketingPage } from './marketing-page';

const T = '2026-12-06T10:00:00Z';
const id = (n: number) => `00000000-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;

function hotList(over: Partial<HotList> = {}): HotList {
  return { id: id(1), name: 'Java week 49', consultantIds: [id(10)], ordering: 'DAYS_ON_BENCH', version: 1, createdAt: T, updatedAt: T, ...over };
}
function distList(over: Partial<DistributionList> = {}): DistributionList {
  return { id: id(2), name: 'Texas Java vendors', skillFocus: ['Java'], region: 'Texas', tier: 'TIER_1', contactIds: [id(20), id(21)], version: 1, createdAt: T, updatedAt: T, ...over };
}
function draft(over: Partial<OutreachDraft> = {}): OutreachDraft {
  return {
    id: id(3), kind: 'HOT_LIST', hotListId: id(1), distributionListId: id(2), subject: 'Hot list: Java week 49',
    bodyText: 'BC-7Q2 Senior Java developer, Java 9y, H1B, Dallas TX', bodyHtml: '<p>x</p>', generator: 'TEMPLATE',
    status: 'DRAFT', createdBy: 'user-1', version: 1, createdAt: T, updatedAt: T, ...over,
  };
}
const consultants = {
  items: [
    { id: id(10), fullName: 'Ada Example', title: 'Java developer', skills: [], version: 1, createdAt: T, updatedAt: T },
    { id: id(11), fullName: 'Ben Example', title: 'Data engineer', skills: [], version: 1, createdAt: T, updatedAt: T },
  ],
};
const contacts = {
  items: [
    { id: id(20), fullName: 'Carla Vendor', email: 'carla@vendor.example', version: 1, createdAt: T, updatedAt: T },
    { id: id(21), fullName: 'Dev Vendor', email: 'dev@vendor.example', version: 1, createdAt: T, updatedAt: T },
  ],
};

function approvalRefused(slug: string, detail: string) {
  return problem(422, slug, detail);
}

describe('MarketingPage: drafts', () => {
  it('shows a submission draft with its kind, recipient, attachment and why AI fell back, highlighted when opened from the pipeline', async () => {
    const api = fakeApi({
      'GET /v1/outreach/drafts': {
        items: [
          draft({
            id: id(4), kind: 'SUBMISSION', hotListId: undefined, distributionListId: undefined, submissionId: id(30), contactId: id(20),
            rtrId: id(31), attachmentName: 'RTR Ada.txt', subject: 'Submission: Ada Example for Java Developer',
            generatorNote: 'invalid-output: an unresolved placeholder is left: [Vendor Name]; written from the template instead',
          }),
          draft(),
        ],
      },
      'GET /v1/contacts/:id': (req) => json({ ...contacts.items.find((c) => c.id === req.params.id)!, companyId: id(40) }),
      'GET /v1/hot-lists': { items: [] },
      'GET /v1/distribution-lists': { items: [] },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: `/?tab=drafts&draft=${id(4)}`, session: testSession({ roles: ['Recruiter'] }) });
    const card = (await screen.findByRole('heading', { name: 'Submission: Ada Example for Java Developer' })).closest('article')!;
    expect(card).toHaveAttribute('aria-current', 'true');
    expect(card).toHaveTextContent('Submission · from the template');
    const facts = within(card).getByLabelText('Submission mail Submission: Ada Example for Java Developer');
    expect(await within(facts).findByText('Carla Vendor <carla@vendor.example>')).toBeInTheDocument();
    expect(facts).toHaveTextContent('RTR Ada.txt (signed right to represent)');
    expect(card).toHaveTextContent('AI fell back invalid-output: an unresolved placeholder is left: [Vendor Name]');
    const hot = screen.getByRole('heading', { name: 'Hot list: Java week 49' }).closest('article')!;
    expect(hot).not.toHaveAttribute('aria-current');
    expect(within(hot).queryByText(/signed right to represent/)).not.toBeInTheDocument();
    expect(api.calls('GET /v1/contacts/:id')[0]!.params.id).toBe(id(20));
  });

  it('offers no approval to Sales, who can still read the exact text', async () => {
    const api = fakeApi({ 'GET /v1/outreach/drafts': { items: [draft()] }, 'GET /v1/hot-lists': { items: [] }, 'GET /v1/distribution-lists': { items: [] } });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=drafts', session: testSession({ roles: ['Sales'] }) });
    const card = (await screen.findByRole('heading', { name: 'Hot list: Java week 49' })).closest('article')!;
    expect(within(card).getByLabelText('Text of Hot list: Java week 49')).toHaveTextContent('BC-7Q2 Senior Java developer, Java 9y, H1B, Dallas TX');
    expect(within(card).queryByRole('button', { name: 'Approve and send' })).not.toBeInTheDocument();
    expect(api.calls('GET /v1/outreach/drafts').map((c) => c.query.get('status'))).toEqual(expect.arrayContaining(['DRAFT', 'APPROVED']));
  });

  it.each([
    ['no-consent', 'No contact of the list has consent.', /no contact of this list has consent on record/],
    ['recipient-suppressed', 'Every consenting contact is suppressed.', /every consenting contact of this list is on the suppression list/],
    ['daily-send-cap', '2 over the cap of 500.', /daily send cap\. 2 over the cap of 500\./],
    ['postal-address-required', 'Set a postal address first.', /no postal address/],
    [
      'rtr-required',
      'RTR x consents to 85.00 USD/HOUR, the bill rate is 95.00 USD/HOUR',
      /right to represent no longer covers the submission .* draft the mail again\. RTR x consents to 85\.00 USD\/HOUR, the bill rate is 95\.00 USD\/HOUR/,
    ],
    ['no-recipient', 'The contact has no address.', /vendor contact is gone or has no e-mail address\. The contact has no address\./],
  ])('shows the precise problem when approval is refused with %s', async (slug, detail, expected) => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/outreach/drafts': { items: [draft()] },
      'GET /v1/hot-lists': { items: [] },
      'GET /v1/distribution-lists': { items: [] },
      'POST /v1/outreach/drafts/:id/approve': () => approvalRefused(slug, detail),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=drafts', session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Approve and send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(expected);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Nothing was sent/);
    expect(api.calls('POST /v1/outreach/drafts/:id/approve')[0]!.params.id).toBe(id(3));
  });

  it('creates a draft of a hot list for a list, and approval takes it off the awaiting list', async () => {
    const ui = userEvent.setup();
    let drafts: OutreachDraft[] = [];
    const api = fakeApi({
      'GET /v1/outreach/drafts': () => ({ items: drafts }),
      'GET /v1/hot-lists': { items: [hotList()] },
      'GET /v1/distribution-lists': { items: [distList()] },
      'POST /v1/outreach/drafts': () => {
        drafts = [draft()];
        return json(drafts[0], 201);
      },
      'POST /v1/outreach/drafts/:id/approve': () => {
        const approved = draft({ status: 'APPROVED' });
        drafts = [];
        return { draft: approved, queued: 1, skipped: [{ contactId: id(21), reason: 'no-consent' }] };
      },
    });
    renderScreen(
      <>
        <MarketingPage />
        <Toaster />
      </>,
      { fetch: api.fetch, path: '/?tab=drafts', session: testSession({ roles: ['Admin'] }) },
    );
    await screen.findByText('No drafts awaiting approval');
    await ui.selectOptions(await screen.findByLabelText('Hot list'), 'Java week 49');
    await ui.selectOptions(screen.getByLabelText('Distribution list'), 'Texas Java vendors');
    await ui.click(screen.getByRole('button', { name: 'Draft the mail' }));
    await waitFor(() => expect(api.calls('POST /v1/outreach/drafts')).toHaveLength(1));
    expect(api.calls('POST /v1/outreach/drafts')[0]!.body).toEqual({ hotListId: id(1), distributionListId: id(2) });
    await ui.click(await screen.findByRole('button', { name: 'Approve and send' }));
    expect(await screen.findByText('No drafts awaiting approval')).toBeInTheDocument();
    // the draft left the list (its card unmounted) and the outcome is still told
    expect(await screen.findByText(/^Approved: 1 mail queued, 1 skipped/)).toBeInTheDocument();
  });
});

describe('MarketingPage: hot lists', () => {
  it('creates a hot list from hand-picked consultants and a saved filter', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/hot-lists': { items: [] },
      'GET /v1/consultants': consultants,
      'POST /v1/hot-lists': (c) => json(hotList(c.body as Partial<HotList>), 201),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    await ui.click(await screen.findByRole('button', { name: 'New hot list' }));
    const form = screen.getByRole('form', { name: 'New hot list' });
    await ui.type(within(form).getByLabelText('Name'), 'Data week 49');
    await ui.click(await within(form).findByRole('checkbox', { name: /Ben Example/ }));
    await ui.click(within(form).getByRole('checkbox', { name: /Also list whoever this filter finds/ }));
    await ui.type(within(form).getByLabelText(/^Skills/), 'Java, AWS');
    await ui.selectOptions(within(form).getByLabelText('Work authorizations'), ['H1B', 'GC_EAD']);
    await ui.click(within(form).getByRole('button', { name: 'Save hot list' }));
    await waitFor(() => expect(api.calls('POST /v1/hot-lists')).toHaveLength(1));
    expect(api.calls('POST /v1/hot-lists')[0]!.body).toEqual({
      name: 'Data week 49',
      consultantIds: [id(11)],
      ordering: 'DAYS_ON_BENCH',
      filter: { skills: ['Java', 'AWS'], workAuthorizations: ['GC_EAD', 'H1B'], onBenchOnly: true },
    });
  });

  it('edits with PUT, deletes, and has no write buttons for an Analyst', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/hot-lists': { items: [hotList()] },
      'GET /v1/consultants': consultants,
      'PUT /v1/hot-lists/:id': (c) => hotList(c.body as Partial<HotList>),
      'DELETE /v1/hot-lists/:id': () => new Response(null, { status: 204 }),
    });
    const { unmount } = renderScreen(<MarketingPage />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Edit Java week 49' }));
    const form = screen.getByRole('form', { name: 'Edit Java week 49' });
    expect(await within(form).findByRole('checkbox', { name: /Ada Example/ })).toBeChecked();
    await ui.clear(within(form).getByLabelText('Name'));
    await ui.type(within(form).getByLabelText('Name'), 'Java week 50');
    await ui.click(within(form).getByRole('button', { name: 'Save hot list' }));
    await waitFor(() => expect(api.calls('PUT /v1/hot-lists/:id')).toHaveLength(1));
    expect(api.calls('PUT /v1/hot-lists/:id')[0]!.body).toEqual({ name: 'Java week 50', consultantIds: [id(10)], ordering: 'DAYS_ON_BENCH' });
    await ui.click(screen.getByRole('button', { name: 'Delete Java week 49' }));
    await waitFor(() => expect(api.calls('DELETE /v1/hot-lists/:id')).toHaveLength(1));
    unmount();

    renderScreen(<MarketingPage />, { fetch: api.fetch, session: testSession({ roles: ['Analyst'] }) });
    await screen.findByRole('button', { name: 'Preview Java week 49' });
    expect(screen.queryByRole('button', { name: 'New hot list' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Java week 49' })).not.toBeInTheDocument();
  });

  it('previews the HTML in a sandboxed frame, never in the page, and the plain text', async () => {
    const ui = userEvent.setup();
    const rendered: RenderedHotList = {
      hotListId: id(1), subject: 'Available consultants: Java week 49',
      html: '<h1 id="injected">Hot list</h1><img src=x onerror="alert(1)">', text: 'BC-7Q2  Senior Java developer  Java 9y',
      lines: [{} as RenderedHotList['lines'][number]], excludedOptedOut: 2,
    };
    const api = fakeApi({ 'GET /v1/hot-lists': { items: [hotList()] }, 'GET /v1/hot-lists/:id/preview': rendered });
    renderScreen(<MarketingPage />, { fetch: api.fetch, session: testSession({ roles: ['Analyst'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Preview Java week 49' }));
    const frame = await screen.findByTitle('Hot list mail (HTML)');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(rendered.html);
    expect(document.getElementById('injected')).toBeNull();
    expect(screen.getByText(/1 consultant, 2 left out \(opted out of marketing\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Hot list mail (plain text)')).toHaveTextContent('BC-7Q2 Senior Java developer Java 9y');
  });
});

describe('MarketingPage: a reply notification\'s link', () => {
  it('opens the preview of the hot list named by ?hotList=', async () => {
    const rendered: RenderedHotList = { hotListId: id(1), subject: 'Available consultants: Java week 49', html: '<p>x</p>', text: 'BC-7Q2', lines: [], excludedOptedOut: 0 };
    const api = fakeApi({ 'GET /v1/hot-lists': { items: [hotList()] }, 'GET /v1/hot-lists/:id/preview': rendered });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: `/?tab=hot-lists&hotList=${id(1)}`, session: testSession({ roles: ['Sales'] }) });
    expect(await screen.findByTitle('Hot list mail (HTML)')).toHaveAttribute('srcdoc', '<p>x</p>');
    expect(api.calls('GET /v1/hot-lists/:id/preview')[0]!.params.id).toBe(id(1));
  });
});

describe('MarketingPage: distribution lists', () => {
  it("shows each contact's consent and records consent", async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [distList()] },
      'GET /v1/contacts': contacts,
      'GET /v1/contacts/:id/consent': (c) =>
        c.params.id === id(20)
          ? { contactId: id(20), basis: 'OPT_IN', givenAt: '2026-11-02T15:04:05Z', recordedBy: 'user-1', recordedAt: T }
          : problem(404, 'not-found'),
      'PUT /v1/contacts/:id/consent': (c) => ({ contactId: c.params.id, ...(c.body as object), recordedBy: 'user-1', recordedAt: T }),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Sales'] }) });
    const table = await screen.findByRole('table', { name: 'Contacts of Texas Java vendors and their consent' });
    const carla = (await within(table).findByText('Carla Vendor')).closest('tr')!;
    const dev = within(table).getByText('Dev Vendor').closest('tr')!;
    expect(await within(carla).findByText('Opt in since 2026-11-02')).toBeInTheDocument();
    expect(await within(dev).findByText('no consent')).toBeInTheDocument();
    await ui.click(within(dev).getByRole('button', { name: 'Record consent for Dev Vendor' }));
    const form = within(dev).getByRole('form', { name: 'Consent of Dev Vendor' });
    await ui.selectOptions(within(form).getByLabelText('Basis'), 'EXISTING_RELATIONSHIP');
    await ui.clear(within(form).getByLabelText('Given on'));
    await ui.type(within(form).getByLabelText('Given on'), '2026-11-20');
    await ui.type(within(form).getByLabelText('Note'), 'Asked by phone');
    await ui.click(within(form).getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(api.calls('PUT /v1/contacts/:id/consent')).toHaveLength(1));
    const put = api.calls('PUT /v1/contacts/:id/consent')[0]!;
    expect(put.params.id).toBe(id(21));
    expect(put.body).toMatchObject({ basis: 'EXISTING_RELATIONSHIP', note: 'Asked by phone' });
    expect((put.body as { givenAt: string }).givenAt).toMatch(/^2026-11-(19|20)T/);
  });

  it('creates a list from contacts with skill focus, region and tier, and shows a field refusal', async () => {
    const ui = userEvent.setup();
    let refuse = true;
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [] },
      'GET /v1/contacts': contacts,
      'POST /v1/distribution-lists': (c) =>
        refuse
          ? ((refuse = false),
            new Response(
              JSON.stringify({ type: 'https://benchcrm.dev/problems/validation', title: 'Validation failed', status: 422, detail: 'The request has invalid fields.', errors: [{ pointer: '/contactIds/0', detail: 'not a contact of this tenant' }] }),
              { status: 422, headers: { 'content-type': 'application/problem+json' } },
            ))
          : json(distList(c.body as Partial<DistributionList>), 201),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(await screen.findByRole('button', { name: 'New distribution list' }));
    const form = screen.getByRole('form', { name: 'New distribution list' });
    await ui.type(within(form).getByLabelText('Name'), 'Texas tier 1');
    await ui.type(within(form).getByLabelText(/Skill focus/), 'Java, Spring Boot');
    await ui.type(within(form).getByLabelText('Region'), 'Texas');
    await ui.selectOptions(within(form).getByLabelText('Tier'), 'TIER_1');
    await ui.click(await within(form).findByRole('checkbox', { name: /Carla Vendor/ }));
    await ui.click(within(form).getByRole('button', { name: 'Create list' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('/contactIds/0: not a contact of this tenant');
    await ui.click(within(form).getByRole('button', { name: 'Create list' }));
    await waitFor(() => expect(api.calls('POST /v1/distribution-lists')).toHaveLength(2));
    expect(api.calls('POST /v1/distribution-lists')[1]!.body).toEqual({
      name: 'Texas tier 1', skillFocus: ['Java', 'Spring Boot'], contactIds: [id(20)], region: 'Texas', tier: 'TIER_1',
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New distribution list' })).not.toBeInTheDocument());
  });
});

describe('MarketingPage: editing and deleting distribution lists, withdrawing consent', () => {
  it('edits a list with PUT (an emptied region is cleared) and deletes one only after confirming', async () => {
    const ui = userEvent.setup();
    let lists = [distList()];
    const api = fakeApi({
      'GET /v1/distribution-lists': () => ({ items: lists }),
      'GET /v1/contacts': contacts,
      'GET /v1/contacts/:id/consent': problem(404, 'not-found'),
      'PUT /v1/distribution-lists/:id': (c) => {
        lists = [distList(c.body as Partial<DistributionList>)];
        return lists[0];
      },
      'DELETE /v1/distribution-lists/:id': () => {
        lists = [];
        return new Response(null, { status: 204 });
      },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Sales'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Edit Texas Java vendors' }));
    const form = screen.getByRole('form', { name: 'Edit Texas Java vendors' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Texas Java vendors');
    expect(within(form).getByLabelText('Tier')).toHaveValue('TIER_1');
    expect(await within(form).findByRole('checkbox', { name: /Carla Vendor/ })).toBeChecked();
    await ui.clear(within(form).getByLabelText('Name'));
    await ui.type(within(form).getByLabelText('Name'), 'Texas Java and Spring');
    await ui.clear(within(form).getByLabelText('Region'));
    await ui.click(within(form).getByRole('checkbox', { name: /Dev Vendor/ }));
    await ui.click(within(form).getByRole('button', { name: 'Save list' }));
    await waitFor(() => expect(api.calls('PUT /v1/distribution-lists/:id')).toHaveLength(1));
    const put = api.calls('PUT /v1/distribution-lists/:id')[0]!;
    expect(put.params.id).toBe(id(2));
    expect(put.body).toEqual({ name: 'Texas Java and Spring', skillFocus: ['Java'], contactIds: [id(20)], tier: 'TIER_1' });
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit / })).not.toBeInTheDocument());

    await ui.click(await screen.findByRole('button', { name: 'Delete Texas Java and Spring' }));
    const confirm = screen.getByRole('group', { name: 'Delete Texas Java and Spring?' });
    await ui.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(api.calls('DELETE /v1/distribution-lists/:id')).toHaveLength(0);
    await ui.click(screen.getByRole('button', { name: 'Delete Texas Java and Spring' }));
    await ui.click(within(screen.getByRole('group', { name: 'Delete Texas Java and Spring?' })).getByRole('button', { name: 'Delete list' }));
    await waitFor(() => expect(api.calls('DELETE /v1/distribution-lists/:id')).toHaveLength(1));
    expect(api.calls('DELETE /v1/distribution-lists/:id')[0]!.params.id).toBe(id(2));
    expect(await screen.findByText('No distribution lists')).toBeInTheDocument();
  });

  it("shows the API's refusal of an edit and of a delete in words", async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [distList()] },
      'GET /v1/contacts': contacts,
      'GET /v1/contacts/:id/consent': problem(404, 'not-found'),
      'PUT /v1/distribution-lists/:id': () => problem(412, 'precondition-failed', 'The list changed since you read it.'),
      'DELETE /v1/distribution-lists/:id': () => problem(404, 'not-found', 'No distribution list with this id.'),
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Admin'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Edit Texas Java vendors' }));
    const form = screen.getByRole('form', { name: 'Edit Texas Java vendors' });
    await ui.click(within(form).getByRole('button', { name: 'Save list' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The list changed since you read it.');
    await ui.click(within(form).getByRole('button', { name: 'Cancel' }));
    await ui.click(screen.getByRole('button', { name: 'Delete Texas Java vendors' }));
    await ui.click(screen.getByRole('button', { name: 'Delete list' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No distribution list with this id.');
    expect(screen.getByRole('heading', { name: 'Texas Java vendors' })).toBeInTheDocument();
  });

  it('withdraws consent after a confirmation, and offers it only where consent is on record', async () => {
    const ui = userEvent.setup();
    let withdrawn = false;
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [distList()] },
      'GET /v1/contacts': contacts,
      'GET /v1/contacts/:id/consent': (c) =>
        c.params.id === id(20) && !withdrawn
          ? { contactId: id(20), basis: 'OPT_IN', givenAt: '2026-11-02T15:04:05Z', recordedBy: 'user-1', recordedAt: T }
          : problem(404, 'not-found'),
      'DELETE /v1/contacts/:id/consent': () => {
        withdrawn = true;
        return new Response(null, { status: 204 });
      },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Recruiter'] }) });
    const table = await screen.findByRole('table', { name: 'Contacts of Texas Java vendors and their consent' });
    const carla = (await within(table).findByText('Carla Vendor')).closest('tr')!;
    const dev = within(table).getByText('Dev Vendor').closest('tr')!;
    expect(await within(carla).findByText('Opt in since 2026-11-02')).toBeInTheDocument();
    expect(await within(dev).findByText('no consent')).toBeInTheDocument();
    expect(within(dev).queryByRole('button', { name: /Withdraw consent/ })).not.toBeInTheDocument();
    await ui.click(within(carla).getByRole('button', { name: 'Withdraw consent of Carla Vendor' }));
    const confirm = within(carla).getByRole('group', { name: 'Withdraw consent of Carla Vendor?' });
    expect(confirm).toHaveTextContent('No mail goes to Carla Vendor until consent is recorded again.');
    expect(api.calls('DELETE /v1/contacts/:id/consent')).toHaveLength(0);
    await ui.click(within(confirm).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.calls('DELETE /v1/contacts/:id/consent')).toHaveLength(1));
    expect(api.calls('DELETE /v1/contacts/:id/consent')[0]!.params.id).toBe(id(20));
    expect(await within(carla).findByText('no consent')).toBeInTheDocument();
  });

  it('shows a refused withdrawal, and no edit, delete or withdraw for an Analyst', async () => {
    const ui = userEvent.setup();
    const consent = { contactId: id(20), basis: 'OPT_IN', givenAt: '2026-11-02T15:04:05Z', recordedBy: 'user-1', recordedAt: T };
    const api = fakeApi({
      'GET /v1/distribution-lists': { items: [distList({ contactIds: [id(20)] })] },
      'GET /v1/contacts': contacts,
      'GET /v1/contacts/:id/consent': consent,
      'DELETE /v1/contacts/:id/consent': () => problem(403, 'forbidden', 'Needs marketing:write.'),
    });
    const { unmount } = renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Sales'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Withdraw consent of Carla Vendor' }));
    await ui.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role cannot do this.');
    expect(screen.getByText('Opt in since 2026-11-02')).toBeInTheDocument();
    unmount();

    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=distribution-lists', session: testSession({ roles: ['Analyst'] }) });
    expect(await screen.findByText('Opt in since 2026-11-02')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Withdraw consent/ })).not.toBeInTheDocument();
  });
});

describe('MarketingPage: suppressions and sent mail', () => {
  it('lists, adds and removes suppressed addresses', async () => {
    const ui = userEvent.setup();
    let items = [{ email: 'gone@vendor.example', reason: 'BOUNCED', createdBy: 'ses', createdAt: T }];
    const api = fakeApi({
      'GET /v1/suppressions': () => ({ items }),
      'POST /v1/suppressions': (c) => {
        const s = { ...(c.body as { email: string }), reason: 'MANUAL', createdBy: 'user-1', createdAt: T };
        items = [...items, s];
        return json(s, 201);
      },
      'DELETE /v1/suppressions/:email': (c) => {
        items = items.filter((s) => s.email !== c.params.email);
        return new Response(null, { status: 204 });
      },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=suppressions', session: testSession({ roles: ['Sales'] }) });
    const listEl = await screen.findByRole('list', { name: 'Suppressed addresses' });
    expect(within(listEl).getByText('bounced')).toBeInTheDocument();
    await ui.type(screen.getByLabelText('E-mail'), 'pat@vendor.example');
    await ui.type(screen.getByLabelText('Why'), 'Asked by phone');
    await ui.click(screen.getByRole('button', { name: 'Suppress' }));
    expect(await screen.findByText('pat@vendor.example')).toBeInTheDocument();
    expect(api.calls('POST /v1/suppressions')[0]!.body).toEqual({ email: 'pat@vendor.example', detail: 'Asked by phone' });
    await ui.click(screen.getByRole('button', { name: 'Remove gone@vendor.example' }));
    await waitFor(() => expect(screen.queryByText('gone@vendor.example')).not.toBeInTheDocument());
    expect(api.calls('DELETE /v1/suppressions/:email')[0]!.params.email).toBe('gone@vendor.example');
  });

  it('lists sent mail with each status', async () => {
    const api = fakeApi({
      'GET /v1/outreach/sent': {
        items: [
          { id: id(40), draftId: id(3), recipient: 'carla@vendor.example', messageId: '<a@x>', status: 'SENT', queuedAt: T, sentAt: T, location: 'sent-mail/a.eml' },
          { id: id(41), draftId: id(3), recipient: 'dev@vendor.example', messageId: '<b@x>', status: 'SUPPRESSED', detail: 'no consent', queuedAt: T },
          { id: id(42), draftId: id(3), recipient: 'gone@vendor.example', messageId: '<c@x>', status: 'SUPPRESSED', detail: 'suppressed', queuedAt: T },
        ],
      },
    });
    renderScreen(<MarketingPage />, { fetch: api.fetch, path: '/?tab=sent', session: testSession({ roles: ['Analyst'] }) });
    const table = await screen.findByRole('table', { name: 'Sent mail' });
    // the same row as a draft's recipients (MessageRow): status, why in words, sent or queued, where kept
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Recipient', 'Status', 'Sent', 'Kept at']);
    const carla = within(table).getByText('carla@vendor.example').closest('tr')!;
    expect(within(carla).getByText('sent')).toBeInTheDocument();
    expect(carla).toHaveTextContent('sent-mail/a.eml');
    const dev = within(table).getByText('dev@vendor.example').closest('tr')!;
    expect(within(dev).getByText('suppressed')).toBeInTheDocument();
    expect(dev).toHaveTextContent('no consent');
    expect(dev).toHaveTextContent(/queued/);
    expect(within(table).getByText('gone@vendor.example').closest('tr')!).toHaveTextContent(
      'on the suppression list (unsubscribed, bounced, complained or added by hand)',
    );
  });

  it('fetches nothing for a ReadOnly user', async () => {
    const api = fakeApi({});
    renderScreen(<MarketingPage />, { fetch: api.fetch, session: testSession({ roles: ['ReadOnly'] }) });
    expect(await screen.findByText('Your role does not see marketing.')).toBeInTheDocument();
    expect(api.calls()).toHaveLength(0);
  });
});
