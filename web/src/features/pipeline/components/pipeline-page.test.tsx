import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { Submission } from '../api/submissions';
import { byColumn, movesOf } from '../lib/stages';
import { PipelinePage } from './pipeline-page';

const C1 = '0193f7a2-0000-7000-8000-000000000c01';
const R1 = '0193f7a2-0000-7000-8000-000000000r01'.replace('r', 'a');

function submission(n: number, over: Partial<Submission> = {}): Submission {
  return {
    id: `0193f7a2-0000-7000-8000-00000000050${n}`,
    consultantId: C1,
    requirementId: R1,
    status: 'SUBMITTED',
    allowedTransitions: ['CLIENT_SUBMITTED', 'REJECTED', 'WITHDRAWN', 'ON_HOLD'],
    createdBy: 'user-1',
    stages: {},
    version: 1,
    vendorName: 'Cedar Tech',
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: `2026-12-0${n}T10:00:00Z`,
    ...over,
  };
}

function problem(status: number, slug: string, extra: object) {
  return new Response(
    JSON.stringify({ type: `https://benchcrm.dev/problems/${slug}`, title: slug, status, detail: slug, instance: '/x', traceId: 't', ...extra }),
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

function setup(transition: (body: Record<string, unknown>) => Response | object, roles = ['Admin']) {
  let items = [submission(1), submission(2, { status: 'DRAFT', allowedTransitions: ['SUBMITTED', 'WITHDRAWN'] })];
  const api = fakeApi({
    'GET /v1/submissions': () => ({ items }),
    'GET /v1/consultants': { items: [{ id: C1, fullName: 'Ada Lovelace' }] },
    'GET /v1/requirements': { items: [{ id: R1, title: 'Kafka Engineer' }] },
    'POST /v1/submissions/:id/transitions': (c) => {
      const out = transition(c.body as Record<string, unknown>);
      if (out instanceof Response) return out;
      items = items.map((s) => (s.id === c.params.id ? { ...s, ...(out as object) } : s));
      return json(items.find((s) => s.id === c.params.id));
    },
  });
  renderScreen(<PipelinePage />, { fetch: api.fetch, session: testSession({ roles }) });
  return api;
}

const column = (name: string) => screen.getByRole('heading', { name: new RegExp(`^${name}`) }).closest('li')!;

describe('the pipeline stages', () => {
  it('offers only plain moves (offers and placements are recorded, not moved to)', () => {
    expect(movesOf(['INTERVIEWING', 'OFFERED', 'REJECTED'])).toEqual(['INTERVIEWING', 'REJECTED']);
  });
  it('puts rejected and withdrawn together, newest change first', () => {
    const cols = byColumn([submission(1, { status: 'REJECTED' }), submission(3, { status: 'WITHDRAWN' }), submission(2)]);
    expect(cols.get('closed')!.map((s) => s.status)).toEqual(['WITHDRAWN', 'REJECTED']);
    expect(cols.get('submitted')).toHaveLength(1);
  });
});

describe('PipelinePage', () => {
  it('shows the board by stage with names, and moves a card along an allowed transition', async () => {
    const ui = userEvent.setup();
    const api = setup(() => ({ status: 'CLIENT_SUBMITTED', allowedTransitions: ['INTERVIEWING', 'REJECTED', 'WITHDRAWN', 'ON_HOLD'] }));
    await screen.findAllByText('Ada Lovelace');
    const submitted = column('Submitted');
    const move = within(submitted).getByLabelText('Move Ada Lovelace for Kafka Engineer to');
    expect(within(move).getAllByRole('option').map((o) => o.textContent)).toEqual(['Move to…', 'Client submitted', 'Rejected', 'Withdrawn', 'On hold']);
    await ui.selectOptions(move, 'CLIENT_SUBMITTED');
    await ui.click(within(submitted).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(within(column('Client submitted')).getAllByTestId('submission-card')).toHaveLength(1));
    expect(api.calls('POST /v1/submissions/:id/transitions')[0]!.body).toEqual({ to: 'CLIENT_SUBMITTED' });
  });

  it('asks a reason for a rejection and sends it', async () => {
    const ui = userEvent.setup();
    const api = setup(() => ({ status: 'REJECTED', allowedTransitions: [] }));
    const submitted = (await screen.findAllByTestId('submission-card')).find((c) => c.dataset.status === 'SUBMITTED')!;
    await ui.selectOptions(within(submitted).getByLabelText(/to$/), 'REJECTED');
    await ui.type(within(submitted).getByLabelText('Reason'), 'Client chose another');
    await ui.click(within(submitted).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/transitions')).toHaveLength(1));
    expect(api.calls('POST /v1/submissions/:id/transitions')[0]!.body).toEqual({ to: 'REJECTED', reason: 'Client chose another' });
  });

  it('says which moves are legal when the API refuses one (409 illegal-transition)', async () => {
    const ui = userEvent.setup();
    setup(() => problem(409, 'illegal-transition', { from: 'CLIENT_SUBMITTED', to: 'CLIENT_SUBMITTED', allowed: ['INTERVIEWING', 'REJECTED'] }));
    const submitted = (await screen.findAllByTestId('submission-card')).find((c) => c.dataset.status === 'SUBMITTED')!;
    await ui.selectOptions(within(submitted).getByLabelText(/to$/), 'CLIENT_SUBMITTED');
    await ui.click(within(submitted).getByRole('button', { name: 'Move' }));
    expect(await within(submitted).findByRole('alert')).toHaveTextContent('Not a legal move from Client submitted. Allowed now: Interviewing, Rejected.');
  });

  it('warns of a duplicate submission and lets an Admin submit anyway with a reason', async () => {
    const ui = userEvent.setup();
    const earlier = { submissionId: 'e1', requirementId: 'r9', requirementTitle: 'Kafka at Acme', endClient: 'Acme', vendorName: 'Birch IT', submittedAt: '2026-11-20T10:00:00Z', status: 'SUBMITTED', rule: 'same-client' };
    const api = setup((b) => (b.override ? { status: 'SUBMITTED', allowedTransitions: [] } : problem(409, 'duplicate-submission', { windowDays: 90, earlierSubmissions: [earlier] })));
    const draft = (await screen.findAllByTestId('submission-card')).find((c) => c.dataset.status === 'DRAFT')!;
    await ui.selectOptions(within(draft).getByLabelText(/to$/), 'SUBMITTED');
    await ui.click(within(draft).getByRole('button', { name: 'Move' }));
    const alert = await within(draft).findByRole('alert');
    expect(alert).toHaveTextContent('Possible duplicate');
    expect(alert).toHaveTextContent('Kafka at Acme (Acme) via Birch IT');
    await ui.type(within(alert).getByLabelText('Reason for the override'), 'Different role at the client');
    await ui.click(within(alert).getByRole('button', { name: 'Submit anyway' }));
    await waitFor(() => expect(api.calls('POST /v1/submissions/:id/transitions')).toHaveLength(2));
    expect(api.calls('POST /v1/submissions/:id/transitions')[1]!.body).toEqual({ to: 'SUBMITTED', override: { duplicateReason: 'Different role at the client' } });
  });

  it('a Recruiter gets the warning without the override', async () => {
    const ui = userEvent.setup();
    setup(() => problem(409, 'duplicate-submission', { windowDays: 90, earlierSubmissions: [] }), ['Recruiter']);
    const draft = (await screen.findAllByTestId('submission-card')).find((c) => c.dataset.status === 'DRAFT')!;
    await ui.selectOptions(within(draft).getByLabelText(/to$/), 'SUBMITTED');
    await ui.click(within(draft).getByRole('button', { name: 'Move' }));
    const alert = await within(draft).findByRole('alert');
    expect(alert).toHaveTextContent('Only an Admin or Owner can submit anyway.');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('the pipeline deep link', () => {
  it("opens the submission named by ?submission= (a notification's link), and the URL follows the open card", async () => {
    const ui = userEvent.setup();
    const draft = submission(2, { status: 'DRAFT', allowedTransitions: ['SUBMITTED', 'WITHDRAWN'], vendorName: 'Birch Staffing' });
    const api = fakeApi({
      'GET /v1/submissions': { items: [submission(1), draft] },
      'GET /v1/submissions/:id': (c) => (c.params.id === draft.id ? draft : submission(1)),
      'GET /v1/consultants': { items: [{ id: C1, fullName: 'Ada Lovelace' }] },
      'GET /v1/requirements': { items: [{ id: R1, title: 'Kafka Engineer' }] },
    });
    const { router } = renderScreen(<PipelinePage />, { fetch: api.fetch, path: `/?submission=${draft.id}`, session: testSession({ roles: ['ReadOnly'] }) });
    const detail = await screen.findByRole('region', { name: 'Submission' });
    expect(await within(detail).findByText('Birch Staffing')).toBeInTheDocument();
    expect(within(detail).getByText('Draft')).toBeInTheDocument();
    expect(api.calls('GET /v1/submissions/:id').map((c) => c.params.id)).toContain(draft.id);

    await ui.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Submission' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');

    const submitted = column('Submitted');
    await ui.click(within(submitted).getByRole('button', { name: /Ada Lovelace/ }));
    await waitFor(() => expect(router.state.location.search).toBe(`?submission=${submission(1).id}`));
    expect(await within(await screen.findByRole('region', { name: 'Submission' })).findByText('Cedar Tech')).toBeInTheDocument();
  });
});
