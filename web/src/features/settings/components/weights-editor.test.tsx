import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { matchRun, matchSettings, recommendation, requirement } from '@/test/fixtures';
import { renderScreen, testSession } from '@/test/render';
import { WeightsEditor } from './weights-editor';

const req = requirement({ title: 'Kafka Engineer' });
const ada = recommendation(1, 'Ada', { skills: 1, location: 0.5, rate: 0.5, seniority: 1, history: 0.5, availability: 1 });
const ben = recommendation(2, 'Ben', { skills: 0.6, location: 1, rate: 0.5, seniority: 1, history: 0.5, availability: 1 });

function setup(roles = ['Admin']) {
  const api = fakeApi({
    'GET /v1/settings/matching': matchSettings(),
    'PUT /v1/settings/matching': (c) => ({ ...(c.body as object), version: 'tenant-1' }),
    'GET /v1/requirements': { items: [req] },
    'GET /v1/requirements/:id/recommendations': matchRun(req.id, [ada, ben]),
  });
  renderScreen(<WeightsEditor />, { fetch: api.fetch, session: testSession({ roles }) });
  return api;
}

const previewNames = () => screen.getAllByTestId('preview-row').map((r) => within(r).getAllByRole('cell')[1]!.textContent);

describe('WeightsEditor', () => {
  it('moving a slider re-ranks the preview at once, from the factor values of the latest run', async () => {
    const user = userEvent.setup();
    setup();
    await waitFor(() => expect(previewNames()).toEqual(['Ada', 'Ben']));

    // Location from 20% to 70% with the keyboard (Page Up = +0.1).
    const location = screen.getByRole('slider', { name: 'Location weight' });
    location.focus();
    for (let i = 0; i < 5; i++) await user.keyboard('{PageUp}');

    expect(previewNames()).toEqual(['Ben', 'Ada']);
    const benRow = screen.getAllByTestId('preview-row')[0]!;
    expect(within(benRow).getByLabelText('up 1')).toBeInTheDocument();
    // Weights now sum to 1.5 and are shown normalized: location 0.7/1.5 = 47%.
    expect(screen.getByTestId('weight-location')).toHaveTextContent('47%');
  });

  it('saves the weights normalized to 1, keeping the other settings', async () => {
    const user = userEvent.setup();
    const api = setup();
    const skills = await screen.findByRole('slider', { name: 'Skills weight' });
    skills.focus();
    await user.keyboard('{PageDown}{PageDown}'); // 0.40 -> 0.20, total 0.8
    await user.click(screen.getByRole('button', { name: 'Save weights' }));

    await waitFor(() => expect(api.calls('PUT /v1/settings/matching')).toHaveLength(1));
    const body = api.calls('PUT /v1/settings/matching')[0]!.body as ReturnType<typeof matchSettings>;
    const sum = Object.values(body.weights).reduce((s, v) => s + v, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-6);
    expect(body.weights.skills).toBeCloseTo(0.25, 4);
    expect(body.weights.location).toBeCloseTo(0.25, 4);
    expect(body).toMatchObject({ skillOverlapShare: 0.7, candidatePoolSize: 200, filters: matchSettings().filters });
    expect(body).not.toHaveProperty('version');
  });

  it('a Recruiter can preview but not save', async () => {
    setup(['Recruiter']);
    await screen.findByRole('slider', { name: 'Skills weight' });
    expect(screen.queryByRole('button', { name: 'Save weights' })).not.toBeInTheDocument();
    expect(screen.getByText(/Only an Owner or Admin can change the weights/)).toBeInTheDocument();
  });
});
