import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import { NotificationPreferencesPanel } from './notification-preferences';

const defaults = {
  matchThreshold: 0.7,
  kinds: ['INTERVIEW_TOMORROW', 'OUTREACH_REPLY', 'REQUIREMENT_MATCH', 'SUBMISSION_STATUS_CHANGED', 'WORK_AUTHORIZATION_EXPIRING'],
  dailyDigest: false,
  version: 0,
};

describe('NotificationPreferencesPanel', () => {
  it('saves the kinds, the threshold as a fraction and the digest, with If-Match on the version read', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/me/notification-preferences': defaults,
      'PUT /v1/me/notification-preferences': (c) => ({ ...(c.body as object), version: 1 }),
    });
    renderScreen(<NotificationPreferencesPanel />, { fetch: api.fetch });

    await ui.click(await screen.findByLabelText('A work authorization expiring'));
    const threshold = screen.getByLabelText('Lowest match score that notifies me (%)');
    await ui.clear(threshold);
    await ui.type(threshold, '85');
    await ui.click(screen.getByLabelText(/daily e-mail digest/));
    await ui.click(screen.getByRole('button', { name: 'Save notification settings' }));

    await waitFor(() => expect(api.calls('PUT /v1/me/notification-preferences')).toHaveLength(1));
    const call = api.calls('PUT /v1/me/notification-preferences')[0]!;
    expect(call.headers.get('if-match')).toBe('"0"');
    expect(call.body).toEqual({
      matchThreshold: 0.85,
      kinds: ['INTERVIEW_TOMORROW', 'OUTREACH_REPLY', 'REQUIREMENT_MATCH', 'SUBMISSION_STATUS_CHANGED'],
      dailyDigest: true,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
  });

  it('refuses a threshold outside 0 to 100 before asking the API, and explains a 412', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/me/notification-preferences': defaults,
      'PUT /v1/me/notification-preferences': () => problem(412, 'precondition-failed'),
    });
    renderScreen(<NotificationPreferencesPanel />, { fetch: api.fetch });

    const threshold = await screen.findByLabelText('Lowest match score that notifies me (%)');
    await ui.clear(threshold);
    await ui.type(threshold, '150');
    expect(screen.getByText('A whole number from 0 to 100.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save notification settings' })).toBeDisabled();

    await ui.clear(threshold);
    await ui.type(threshold, '60');
    await ui.click(screen.getByRole('button', { name: 'Save notification settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Changed elsewhere meanwhile');
  });
});
