import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import { SubmitFromRecommendation } from './submit-button';

describe('SubmitFromRecommendation', () => {
  it('creates a draft from the recommendation and points to the pipeline', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'POST /v1/recommendations/:id/submission': json({ id: 's1', status: 'DRAFT' }, 201) });
    renderScreen(<SubmitFromRecommendation recommendationId="rec-1" consultantName="Ada Lovelace" />, { fetch: api.fetch });
    await ui.click(screen.getByRole('button', { name: 'Submit Ada Lovelace' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Draft submission created.');
    expect(screen.getByRole('link', { name: 'Open the pipeline' })).toHaveAttribute('href', '/pipeline');
    expect(api.calls('POST /v1/recommendations/:id/submission')[0]!.params.id).toBe('rec-1');
  });

  it('a consultant already submitted to the requirement is said so; another refusal shows its detail', async () => {
    const ui = userEvent.setup();
    const dup = fakeApi({ 'POST /v1/recommendations/:id/submission': problem(409, 'duplicate-submission') });
    const { unmount } = renderScreen(<SubmitFromRecommendation recommendationId="r" consultantName="Ben" />, { fetch: dup.fetch });
    await ui.click(screen.getByRole('button', { name: 'Submit Ben' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Already submitted to this requirement.');
    unmount();
    const forbidden = fakeApi({ 'POST /v1/recommendations/:id/submission': problem(403, 'forbidden', 'needs submission:write') });
    renderScreen(<SubmitFromRecommendation recommendationId="r" consultantName="Ben" />, { fetch: forbidden.fetch });
    await ui.click(screen.getByRole('button', { name: 'Submit Ben' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('needs submission:write'));
  });
});
