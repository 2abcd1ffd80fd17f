import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { matchRun, recommendation, requirement } from '@/test/fixtures';
import { renderScreen, testSession } from '@/test/render';
import { RequirementDetail } from './requirement-detail';

const req = requirement({ title: 'Kafka Engineer', description: 'Role: Kafka Engineer\nLocation: Dallas, TX', location: { city: 'Dallas', state: 'TX' } });
const ada = recommendation(1, 'Ada Lovelace', { skills: 1, location: 1, rate: 0.5, seniority: 1, history: 0.5, availability: 1 }, { successProbability: 0.73, flags: [{ filter: 'rate_over_budget', action: 'flag', reason: 'Rate 95 USD/h over budget 80' }] });
const ben = recommendation(2, 'Ben Bitdiddle', { skills: 0.5, location: 1, rate: 0.5, seniority: 1, history: 0.5, availability: 1 });

function setup(roles = ['Recruiter']) {
  let run = matchRun(req.id, [ada, ben]);
  const api = fakeApi({
    'GET /v1/requirements/:id': req,
    'GET /v1/requirements/:id/recommendations': () => run,
    'POST /v1/recommendations/:id/feedback': (c) => ({
      recommendationId: c.params.id, requirementId: req.id, consultantId: ben.consultantId, decidedBy: 'user-1', decidedAt: '2026-11-20T11:00:00Z', ...(c.body as object),
    }),
    'POST /v1/requirements/:id/recommendations': () => {
      // The API leaves rejected consultants out of later runs.
      run = { ...matchRun(req.id, [{ ...ada, rank: 1 }]), trigger: 'api', rejectedByRecruiter: 1 };
      return new Response(JSON.stringify(run), { status: 201, headers: { 'content-type': 'application/json' } });
    },
    'POST /v1/ai/extract': { schema_name: 'requirement', engine: 'rules', taxonomyVersion: 't', usage: { inputTokens: 0, outputTokens: 0 }, notes: [],
      requirements: [{ title: { value: 'Kafka Engineer', source: 'Role: Kafka Engineer' }, skills: [], locations: [{ city: 'Dallas', state: 'TX', source: 'Location: Dallas, TX' }], domains: [], notes: [] }] },
  });
  const view = renderScreen(<RequirementDetail />, { fetch: api.fetch, path: `/inbox/${req.id}`, route: '/inbox/:requirementId', session: testSession({ roles }) });
  return { api, ...view };
}

describe('RequirementDetail', () => {
  it('shows the ranked matches with score, uncalibrated success, flags, reasons and factor bars', async () => {
    setup();
    const card = (await screen.findByRole('article', { name: /Ada Lovelace/ }));
    expect(within(card).getByText('73%')).toBeInTheDocument();
    expect(within(card).getByText('uncalibrated')).toBeInTheDocument();
    expect(within(card).getByText(/Rate over budget: Rate 95 USD\/h over budget 80/)).toBeInTheDocument();
    expect(within(card).getByText('Ada Lovelace has all 3 required skills')).toBeInTheDocument();
    expect(within(card).getAllByRole('meter')).toHaveLength(6);
    expect(within(card).getByText(ada.matchScore.toFixed(2))).toBeInTheDocument();
  });

  it('rejects with a reason, then a re-rank leaves the consultant out', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    const card = await screen.findByRole('article', { name: /Ben Bitdiddle/ });

    await user.click(within(card).getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Ben Bitdiddle' });
    const submit = within(dialog).getByRole('button', { name: 'Reject' });
    expect(submit).toBeDisabled(); // a rejection needs a reason
    await user.type(within(dialog).getByLabelText('Reason'), 'Only wants remote roles');
    await user.click(submit);

    await waitFor(() => expect(api.calls('POST /v1/recommendations/:id/feedback')).toHaveLength(1));
    const [call] = api.calls('POST /v1/recommendations/:id/feedback');
    expect(call!.params.id).toBe(ben.id);
    expect(call!.body).toEqual({ decision: 'reject', reason: 'Only wants remote roles' });
    expect(await within(card).findByText('Rejected: Only wants remote roles')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Re-rank' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Ben Bitdiddle/ })).not.toBeInTheDocument());
    expect(screen.getByRole('article', { name: /Ada Lovelace/ })).toBeInTheDocument();
    expect(api.calls('POST /v1/requirements/:id/recommendations')[0]!.query.get('topK')).toBe('10');
  });

  it('accepts in one click', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    const card = await screen.findByRole('article', { name: /Ada Lovelace/ });
    await user.click(within(card).getByRole('button', { name: 'Accept' }));
    expect(await within(card).findByText('Accepted')).toBeInTheDocument();
    expect(api.calls('POST /v1/recommendations/:id/feedback')[0]!.body).toEqual({ decision: 'accept' });
  });

  it('shows where each field came from on request', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.click(await screen.findByRole('button', { name: 'Show sources' }));
    const location = await screen.findByText('Dallas, TX', { selector: '[data-source]' });
    expect(location).toHaveAttribute('data-source', 'Location: Dallas, TX');
    expect(location).toHaveAttribute('tabindex', '0');
    expect(api.calls('POST /v1/ai/extract')[0]!.body).toEqual({ schema_name: 'requirement', text: req.description });
  });

  it('a read-only role sees the ranking without the buttons that would be refused', async () => {
    setup(['ReadOnly']);
    const card = await screen.findByRole('article', { name: /Ada Lovelace/ });
    expect(within(card).queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Re-rank' })).not.toBeInTheDocument();
  });

  it('a requirement never ranked coaches instead of failing', async () => {
    const api = fakeApi({ 'GET /v1/requirements/:id': req, 'GET /v1/requirements/:id/recommendations': problem(404, 'no-recommendations') });
    renderScreen(<RequirementDetail />, { fetch: api.fetch, path: `/inbox/${req.id}`, route: '/inbox/:requirementId' });
    expect(await screen.findByText('Not ranked yet')).toBeInTheDocument();
  });
});
