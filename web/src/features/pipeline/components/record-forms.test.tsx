import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProblemException } from '@/lib/api';
import { fakeApi, json } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { Rtr } from '../api/records';
import type { Interview, Submission } from '../api/submissions';
import { browserTimeZone, endOfDay, refusalText } from '../lib/forms';
import { PipelinePage } from './pipeline-page';
import { DraftTerms, Interviews, OffersAndPlacement, RtrPanel } from './record-forms';

const SUB = '0193f7a2-0000-7000-8000-000000000501';
const C1 = '0193f7a2-0000-7000-8000-000000000c01';
const R1 = '0193f7a2-0000-7000-8000-000000000a01';
const V1 = '0193f7a2-0000-7000-8000-000000000b01';

function submission(over: Partial<Submission> = {}): Submission {
  return {
    id: SUB,
    consultantId: C1,
    requirementId: R1,
    vendorCompanyId: V1,
    vendorName: 'Cedar Tech',
    status: 'CLIENT_SUBMITTED',
    allowedTransitions: ['INTERVIEWING', 'REJECTED', 'WITHDRAWN', 'ON_HOLD'],
    billRate: { amount: 90, currency: 'USD', unit: 'HOUR' },
    payRate: { amount: 70, currency: 'USD', unit: 'HOUR', employmentType: 'W2' },
    createdBy: 'user-1',
    stages: {},
    version: 1,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...over,
  };
}

function interview(over: Partial<Interview> = {}): Interview {
  return {
    id: '0193f7a2-0000-7000-8000-0000000001e1',
    submissionId: SUB,
    round: 1,
    startsAt: '2026-12-10T10:30',
    timeZone: 'America/Chicago',
    startsAtUtc: '2026-12-10T16:30:00Z',
    durationMinutes: 60,
    mode: 'VIDEO',
    outcome: 'SCHEDULED',
    version: 1,
    createdBy: 'user-1',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    ...over,
  };
}

function rtr(over: Partial<Rtr> = {}): Rtr {
  return {
    id: '0193f7a2-0000-7000-8000-0000000007f1',
    consultantId: C1,
    requirementId: R1,
    vendorCompanyId: V1,
    consentedAt: '2026-12-01T10:00:00Z',
    expiresAt: '2026-12-31T10:00:00Z',
    rate: { amount: 90, currency: 'USD', unit: 'HOUR' },
    documentText: 'I authorize…',
    documentSha256: 'a'.repeat(64),
    valid: true,
    createdBy: 'user-1',
    createdAt: '2026-12-01T10:00:00Z',
    ...over,
  };
}

function problem(status: number, slug: string, extra: object = {}) {
  return new Response(
    JSON.stringify({ type: `https://benchcrm.dev/problems/${slug}`, title: `The ${slug} title`, status, instance: '/x', traceId: 't', ...extra }),
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

describe('refusalText', () => {
  it('says the detail (else the title) and each field error by its JSON pointer', () => {
    const e = new ApiProblemException(422, {
      type: 'https://benchcrm.dev/problems/validation', title: 'Invalid', status: 422, detail: 'The request has invalid fields.',
      errors: [{ pointer: '/rate/amount', detail: 'must be greater than 0' }],
    });
    expect(refusalText(e)).toBe('The request has invalid fields. /rate/amount: must be greater than 0');
    expect(refusalText(new ApiProblemException(409, { type: 'https://benchcrm.dev/problems/conflict', title: 'Conflict', status: 409 }))).toBe('Conflict');
  });
  it('explains a missing RTR with why each recorded one does not count', () => {
    const e = new ApiProblemException(422, { type: 'https://benchcrm.dev/problems/rtr-required', title: 'RTR required', status: 422, rtrProblems: ['expired on 2026-11-30'] });
    expect(refusalText(e)).toBe("A valid right to represent is needed first: record one for this vendor in the card's detail. (expired on 2026-11-30)");
  });
});

describe('Interviews', () => {
  it('schedules a round with the local date and time and the browser time zone', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/interviews': (c) => json(interview({ ...(c.body as object), round: 2 }), 201) });
    renderScreen(<Interviews submission={submission()} />, { fetch: api.fetch });
    await ui.click(screen.getByRole('button', { name: 'Schedule an interview' }));
    const form = screen.getByRole('form', { name: 'Schedule an interview' });
    expect(form).toHaveTextContent(`In ${browserTimeZone()} (this browser's time zone).`);
    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: '2026-12-10T10:30' } });
    await ui.clear(within(form).getByLabelText('Minutes'));
    await ui.type(within(form).getByLabelText('Minutes'), '45');
    await ui.selectOptions(within(form).getByLabelText('Mode'), 'PHONE');
    await ui.type(within(form).getByLabelText('Interviewer'), 'Dana Lee');
    await ui.click(within(form).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/interviews')).toHaveLength(1));
    const call = api.calls('POST /v1/submissions/:id/interviews')[0]!;
    expect(call.params.id).toBe(SUB);
    expect(call.body).toEqual({ startsAt: '2026-12-10T10:30', timeZone: browserTimeZone(), durationMinutes: 45, mode: 'PHONE', interviewer: 'Dana Lee' });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Schedule an interview' })).not.toBeInTheDocument());
  });

  it('says the API refusal (a round already taken)', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/interviews': problem(409, 'duplicate', { detail: 'round 1 is already scheduled' }) });
    renderScreen(<Interviews submission={submission({ status: 'INTERVIEWING', allowedTransitions: ['OFFERED'], interviews: [interview()] })} />, { fetch: api.fetch });
    await ui.click(screen.getByRole('button', { name: 'Schedule an interview' }));
    const form = screen.getByRole('form', { name: 'Schedule an interview' });
    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: '2026-12-11T09:00' } });
    await ui.type(within(form).getByLabelText('Round'), '1');
    await ui.click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('round 1 is already scheduled');
    expect(api.calls('POST /v1/submissions/:id/interviews')[0]!.body).toMatchObject({ round: 1, mode: 'VIDEO', durationMinutes: 60 });
  });

  it('records an outcome and feedback, and removes emptied feedback with null', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'PATCH /v1/interviews/:id': (c) => json(interview(c.body as object)) });
    const i = interview({ feedback: 'Good on Kafka' });
    renderScreen(<Interviews submission={submission({ status: 'INTERVIEWING', allowedTransitions: ['OFFERED'], interviews: [i] })} />, { fetch: api.fetch });
    expect(screen.getByRole('button', { name: 'Calendar (.ics) for round 1' })).toBeInTheDocument();
    await ui.click(screen.getByRole('button', { name: 'Outcome of round 1' }));
    let form = screen.getByRole('form', { name: 'Outcome of round 1' });
    await ui.selectOptions(within(form).getByLabelText('Outcome'), 'PASSED');
    await ui.clear(within(form).getByLabelText('Feedback'));
    await ui.type(within(form).getByLabelText('Feedback'), 'Strong on streaming');
    await ui.click(within(form).getByRole('button', { name: 'Save outcome' }));
    await waitFor(() => expect(api.calls('PATCH /v1/interviews/:id')).toHaveLength(1));
    expect(api.calls('PATCH /v1/interviews/:id')[0]!.params.id).toBe(i.id);
    expect(api.calls('PATCH /v1/interviews/:id')[0]!.body).toEqual({ outcome: 'PASSED', feedback: 'Strong on streaming' });

    await ui.click(screen.getByRole('button', { name: 'Outcome of round 1' }));
    form = screen.getByRole('form', { name: 'Outcome of round 1' });
    await ui.clear(within(form).getByLabelText('Feedback'));
    await ui.click(within(form).getByRole('button', { name: 'Save outcome' }));
    await waitFor(() => expect(api.calls('PATCH /v1/interviews/:id')).toHaveLength(2));
    expect(api.calls('PATCH /v1/interviews/:id')[1]!.body).toEqual({ outcome: 'SCHEDULED', feedback: null });
  });

  it('works from the keyboard: the form opens on its first field, Escape closes it back to its button', async () => {
    const ui = userEvent.setup();
    renderScreen(<Interviews submission={submission()} />, { fetch: fakeApi({}).fetch });
    const opener = screen.getByRole('button', { name: 'Schedule an interview' });
    opener.focus();
    await ui.keyboard('{Enter}');
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Date and time')).toHaveFocus();
    await ui.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Schedule an interview' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('a ReadOnly user sees the interviews and their .ics, and no forms', () => {
    const api = fakeApi({});
    renderScreen(<Interviews submission={submission({ status: 'INTERVIEWING', allowedTransitions: ['OFFERED'], interviews: [interview()] })} />, { fetch: api.fetch, session: testSession({ roles: ['ReadOnly'] }) });
    expect(screen.getByRole('button', { name: 'Calendar (.ics) for round 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Schedule an interview' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Outcome/ })).not.toBeInTheDocument();
  });
});

describe('OffersAndPlacement', () => {
  const interviewing = () => submission({ status: 'INTERVIEWING', allowedTransitions: ['OFFERED', 'REJECTED', 'WITHDRAWN', 'ON_HOLD'] });

  it('records an offer: rate with its unit (prefilled from the bill rate), start date and expiry', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/offers': (c) => json({ id: 'o1', submissionId: SUB, status: 'EXTENDED', createdBy: 'u', createdAt: '2026-12-06T10:00:00Z', ...(c.body as object) }, 201) });
    renderScreen(<OffersAndPlacement submission={interviewing()} />, { fetch: api.fetch });
    expect(screen.queryByRole('button', { name: 'Record the placement' })).not.toBeInTheDocument();
    await ui.click(screen.getByRole('button', { name: 'Record an offer' }));
    const form = screen.getByRole('form', { name: 'Record an offer' });
    const amount = within(form).getByLabelText('Amount');
    expect(amount).toHaveValue(90);
    await ui.clear(amount);
    await ui.type(amount, '92.5');
    await ui.selectOptions(within(form).getByLabelText('Per'), 'DAY');
    fireEvent.change(within(form).getByLabelText('Start date'), { target: { value: '2027-01-04' } });
    fireEvent.change(within(form).getByLabelText('Stands until'), { target: { value: '2026-12-20' } });
    await ui.click(within(form).getByRole('button', { name: 'Record the offer' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/offers')).toHaveLength(1));
    expect(api.calls('POST /v1/submissions/:id/offers')[0]!.body).toEqual({
      rate: { amount: 92.5, currency: 'USD', unit: 'DAY' }, startDate: '2027-01-04', expiresOn: '2026-12-20',
    });
  });

  it('shows an offer refused with its field errors', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'POST /v1/submissions/:id/offers': problem(422, 'validation', { detail: 'The request has invalid fields.', errors: [{ pointer: '/expiresOn', detail: 'must not be in the past' }] }),
    });
    renderScreen(<OffersAndPlacement submission={interviewing()} />, { fetch: api.fetch });
    await ui.click(screen.getByRole('button', { name: 'Record an offer' }));
    const form = screen.getByRole('form', { name: 'Record an offer' });
    fireEvent.change(within(form).getByLabelText('Start date'), { target: { value: '2027-01-04' } });
    fireEvent.change(within(form).getByLabelText('Stands until'), { target: { value: '2020-01-01' } });
    await ui.click(within(form).getByRole('button', { name: 'Record the offer' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The request has invalid fields. /expiresOn: must not be in the past');
  });

  const offered = () => submission({
    status: 'OFFERED',
    allowedTransitions: ['PLACED', 'REJECTED', 'WITHDRAWN', 'ON_HOLD'],
    offers: [{ id: 'o1', submissionId: SUB, rate: { amount: 95, currency: 'USD', unit: 'HOUR' }, startDate: '2027-01-04', status: 'EXTENDED', createdBy: 'u', createdAt: '2026-12-06T10:00:00Z' }],
  });

  it('records a placement with dates, bill rate (the offer\'s) and pay rate (the submission\'s)', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/submissions/:id/placement': () => json({}, 201) });
    renderScreen(<OffersAndPlacement submission={offered()} />, { fetch: api.fetch });
    expect(screen.getByRole('list', { name: 'Offers' })).toHaveTextContent('Offer 95 USD/hour, start 2027-01-04');
    expect(screen.getByRole('button', { name: 'Revise the offer' })).toBeInTheDocument();
    await ui.click(screen.getByRole('button', { name: 'Record the placement' }));
    const form = screen.getByRole('form', { name: 'Record the placement' });
    expect(within(form).getByLabelText('Start date')).toHaveValue('2027-01-04');
    fireEvent.change(within(form).getByLabelText('End date (empty: open-ended)'), { target: { value: '2027-12-31' } });
    const pay = within(within(form).getByRole('group', { name: 'Pay rate' }).parentElement!).getAllByLabelText('Amount').at(-1)!;
    await ui.clear(pay);
    await ui.type(pay, '72');
    await ui.click(within(form).getByRole('button', { name: 'Record the placement' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/placement')).toHaveLength(1));
    expect(api.calls('POST /v1/submissions/:id/placement')[0]!.body).toEqual({
      startDate: '2027-01-04',
      endDate: '2027-12-31',
      billRate: { amount: 95, currency: 'USD', unit: 'HOUR' },
      payRate: { amount: 72, currency: 'USD', unit: 'HOUR', employmentType: 'W2' },
    });
  });

  it('below the margin floor an Admin places anyway with an audited reason; a Recruiter cannot', async () => {
    const ui = userEvent.setup();
    const floor = () => problem(422, 'margin-below-floor', { detail: 'the gross margin is 5.29 %; the floor is 10.00 %' });
    const api = fakeApi({ 'POST /v1/submissions/:id/placement': (c) => ((c.body as { override?: object }).override ? json({}, 201) : floor()) });
    const view = renderScreen(<OffersAndPlacement submission={offered()} />, { fetch: api.fetch });
    await ui.click(screen.getByRole('button', { name: 'Record the placement' }));
    await ui.click(within(screen.getByRole('form', { name: 'Record the placement' })).getByRole('button', { name: 'Record the placement' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the gross margin is 5.29 %; the floor is 10.00 %');
    await ui.type(within(alert).getByLabelText('Reason for the override'), 'Strategic client');
    await ui.click(within(alert).getByRole('button', { name: 'Place below the floor' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/placement')).toHaveLength(2));
    const [first, second] = api.calls('POST /v1/submissions/:id/placement');
    expect(second!.body).toEqual({ ...(first!.body as object), override: { marginReason: 'Strategic client' } });
    view.unmount();

    renderScreen(<OffersAndPlacement submission={offered()} />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    await ui.click(screen.getByRole('button', { name: 'Record the placement' }));
    await ui.click(within(screen.getByRole('form', { name: 'Record the placement' })).getByRole('button', { name: 'Record the placement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only an Admin or Owner can go below the margin floor.');
  });
});

describe('RtrPanel', () => {
  it('records an RTR for the submission\'s consultant, requirement and vendor when none is valid', async () => {
    const ui = userEvent.setup();
    let items: Rtr[] = [rtr({ valid: false, revokedAt: '2026-12-02T10:00:00Z', revokedReason: 'rate changed' })];
    const api = fakeApi({
      'GET /v1/rtrs': () => ({ items }),
      'POST /v1/rtrs': (c) => { const r = rtr({ id: 'new', ...(c.body as object) }); items = [r, ...items]; return json(r, 201); },
    });
    renderScreen(<RtrPanel submission={submission({ status: 'DRAFT', allowedTransitions: ['SUBMITTED'] })} />, { fetch: api.fetch });
    expect(await screen.findByText(/Revoked .*: rate changed/)).toBeInTheDocument();
    expect(api.calls('GET /v1/rtrs')[0]!.query.get('consultantId')).toBe(C1);
    expect(api.calls('GET /v1/rtrs')[0]!.query.get('requirementId')).toBe(R1);
    await ui.click(screen.getByRole('button', { name: 'Record an RTR' }));
    const form = screen.getByRole('form', { name: 'Record an RTR' });
    expect(within(form).getByLabelText('Vendor')).toHaveDisplayValue('Cedar Tech');
    fireEvent.change(within(form).getByLabelText('Expires (empty: in 30 days)'), { target: { value: '2026-12-31' } });
    await ui.type(within(form).getByLabelText('Signed text'), 'I authorize Example Staffing to represent me through Cedar Tech.');
    await ui.click(within(form).getByRole('button', { name: 'Record the RTR' }));
    await waitFor(() => expect(api.calls('POST /v1/rtrs')).toHaveLength(1));
    expect(api.calls('POST /v1/rtrs')[0]!.body).toEqual({
      consultantId: C1,
      requirementId: R1,
      vendorCompanyId: V1,
      rate: { amount: 90, currency: 'USD', unit: 'HOUR' },
      expiresAt: endOfDay('2026-12-31'),
      documentText: 'I authorize Example Staffing to represent me through Cedar Tech.',
    });
    // Now one is valid: the record button goes, the new one is listed as valid.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Record an RTR' })).not.toBeInTheDocument());
    expect(screen.getAllByTestId('rtr')[0]).toHaveTextContent('valid');
  });

  it('shows a refused RTR in words, and revokes one with a reason', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/rtrs': { items: [rtr()] },
      'POST /v1/rtrs/:id/revocation': (c) => json(rtr({ valid: false, revokedAt: '2026-12-06T10:00:00Z', revokedReason: (c.body as { reason: string }).reason })),
    });
    renderScreen(<RtrPanel submission={submission({ status: 'DRAFT', allowedTransitions: ['SUBMITTED'] })} />, { fetch: api.fetch });
    expect(await screen.findByTestId('rtr')).toHaveTextContent('valid');
    expect(screen.queryByRole('button', { name: 'Record an RTR' })).not.toBeInTheDocument();
    await ui.click(screen.getByRole('button', { name: 'Revoke' }));
    await ui.type(screen.getByLabelText('Reason for revoking'), 'Consultant withdrew consent');
    await ui.click(screen.getByRole('button', { name: 'Revoke the RTR' }));
    await waitFor(() => expect(api.calls('POST /v1/rtrs/:id/revocation')).toHaveLength(1));
    expect(api.calls('POST /v1/rtrs/:id/revocation')[0]!.body).toEqual({ reason: 'Consultant withdrew consent' });
  });

  it('an RTR refused by the API says why (field errors by pointer)', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/rtrs': { items: [] },
      'POST /v1/rtrs': problem(422, 'validation', { detail: 'The request has invalid fields.', errors: [{ pointer: '/vendorCompanyId', detail: 'is not a company of this tenant' }] }),
    });
    renderScreen(<RtrPanel submission={submission({ status: 'DRAFT', allowedTransitions: ['SUBMITTED'] })} />, { fetch: api.fetch });
    await ui.click(await screen.findByRole('button', { name: 'Record an RTR' }));
    const form = screen.getByRole('form', { name: 'Record an RTR' });
    await ui.type(within(form).getByLabelText('Signed text'), 'I agree.');
    await ui.click(within(form).getByRole('button', { name: 'Record the RTR' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('The request has invalid fields. /vendorCompanyId: is not a company of this tenant');
  });

  it('without a vendor on the submission offers the vendors that sent the requirement', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'GET /v1/rtrs': { items: [] }, 'POST /v1/rtrs': (c) => json(rtr(c.body as object), 201) });
    const s = submission({
      status: 'DRAFT', allowedTransitions: ['SUBMITTED'], vendorCompanyId: undefined, vendorName: undefined,
      requirementVendors: { count: 2, multipleVendors: true, vendors: [
        { vendorKey: 'birch', vendorCompanyId: 'v-birch', vendorCompany: 'Birch IT', receivedAt: '2026-12-01T10:00:00Z' },
        { vendorKey: 'oak', vendorCompanyId: 'v-oak', vendorCompany: 'Oak Staffing', receivedAt: '2026-12-01T11:00:00Z' },
      ] },
    });
    renderScreen(<RtrPanel submission={s} />, { fetch: api.fetch });
    await ui.click(await screen.findByRole('button', { name: 'Record an RTR' }));
    const form = screen.getByRole('form', { name: 'Record an RTR' });
    await ui.selectOptions(within(form).getByLabelText('Vendor'), 'Oak Staffing');
    await ui.type(within(form).getByLabelText('Signed text'), 'I agree.');
    await ui.click(within(form).getByRole('button', { name: 'Record the RTR' }));
    await waitFor(() => expect(api.calls('POST /v1/rtrs')).toHaveLength(1));
    expect(api.calls('POST /v1/rtrs')[0]!.body).toMatchObject({ vendorCompanyId: 'v-oak' });
  });
});

describe('DraftTerms', () => {
  it('sets a draft\'s vendor (the requirement\'s senders first) and both rates', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/companies': { items: [{ id: 'v-oak', name: 'Oak Staffing', kind: 'VENDOR' }, { id: 'v-elm', name: 'Elm Partners', kind: 'VENDOR' }] },
      'PATCH /v1/submissions/:id': (c) => json(submission({ status: 'DRAFT', ...(c.body as object) })),
    });
    const s = submission({
      status: 'DRAFT', allowedTransitions: ['SUBMITTED', 'WITHDRAWN'], vendorCompanyId: undefined, vendorName: undefined, billRate: undefined, payRate: undefined,
      requirementVendors: { count: 1, multipleVendors: false, vendors: [{ vendorKey: 'oak', vendorCompanyId: 'v-oak', vendorCompany: 'Oak Staffing', receivedAt: '2026-12-01T10:00:00Z' }] },
    });
    renderScreen(<DraftTerms submission={s} />, { fetch: api.fetch });
    expect(screen.getByText('Submitting needs the vendor and both rates.')).toBeInTheDocument();
    await ui.click(screen.getByRole('button', { name: 'Set the vendor and rates' }));
    const form = screen.getByRole('form', { name: 'Vendor and rates' });
    await waitFor(() => expect(within(within(form).getByLabelText('Vendor')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Pick the vendor', 'Oak Staffing (sent the requirement)', 'Elm Partners']));
    expect(api.calls('GET /v1/companies')[0]!.query.get('kind')).toBe('VENDOR');
    await ui.selectOptions(within(form).getByLabelText('Vendor'), 'v-oak');
    const [bill, pay] = within(form).getAllByLabelText('Amount');
    await ui.type(bill!, '90');
    await ui.type(pay!, '70');
    await ui.selectOptions(within(form).getByLabelText('Employment type'), 'W2');
    await ui.click(within(form).getByRole('button', { name: 'Save the terms' }));
    await waitFor(() => expect(api.calls('PATCH /v1/submissions/:id')).toHaveLength(1));
    expect(api.calls('PATCH /v1/submissions/:id')[0]!.body).toEqual({
      vendorCompanyId: 'v-oak',
      billRate: { amount: 90, currency: 'USD', unit: 'HOUR' },
      payRate: { amount: 70, currency: 'USD', unit: 'HOUR', employmentType: 'W2' },
    });
  });

  it('is not offered once the submission was sent', () => {
    renderScreen(<DraftTerms submission={submission()} />, { fetch: fakeApi({}).fetch });
    expect(screen.queryByRole('button', { name: /vendor/ })).not.toBeInTheDocument();
  });
});

describe('the card detail', () => {
  it('records an RTR and the draft then moves to Submitted', async () => {
    const ui = userEvent.setup();
    let s = submission({ status: 'DRAFT', allowedTransitions: ['SUBMITTED', 'WITHDRAWN'] });
    let rtrs: Rtr[] = [];
    const api = fakeApi({
      'GET /v1/submissions': () => ({ items: [s] }),
      'GET /v1/submissions/:id': () => s,
      'GET /v1/consultants': { items: [{ id: C1, fullName: 'Ada Lovelace' }] },
      'GET /v1/requirements': { items: [{ id: R1, title: 'Kafka Engineer' }] },
      'GET /v1/rtrs': () => ({ items: rtrs }),
      'POST /v1/rtrs': (c) => { rtrs = [rtr(c.body as object)]; return json(rtrs[0], 201); },
      'POST /v1/submissions/:id/transitions': () => {
        if (rtrs.length === 0) return problem(422, 'rtr-required', { rtrProblems: [] });
        s = { ...s, status: 'SUBMITTED', rtrId: rtrs[0]!.id, allowedTransitions: ['CLIENT_SUBMITTED'] };
        return json(s);
      },
    });
    renderScreen(<PipelinePage />, { fetch: api.fetch });
    const card = await screen.findByTestId('submission-card');
    await ui.selectOptions(within(card).getByLabelText(/to$/), 'SUBMITTED');
    await ui.click(within(card).getByRole('button', { name: 'Move' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('A valid right to represent is needed first');

    await ui.click(within(card).getByRole('button', { name: /Ada Lovelace/ }));
    const detail = await screen.findByRole('region', { name: 'Submission' });
    await ui.click(await within(detail).findByRole('button', { name: 'Record an RTR' }));
    await ui.type(within(detail).getByLabelText('Signed text'), 'I agree.');
    await ui.click(within(detail).getByRole('button', { name: 'Record the RTR' }));
    await waitFor(() => expect(api.calls('POST /v1/rtrs')).toHaveLength(1));

    await ui.selectOptions(within(screen.getByTestId('submission-card')).getByLabelText(/to$/), 'SUBMITTED');
    await ui.click(within(screen.getByTestId('submission-card')).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(screen.getByTestId('submission-card').dataset.status).toBe('SUBMITTED'));
    expect(await within(detail).findByText('on file')).toBeInTheDocument();
  });
});
