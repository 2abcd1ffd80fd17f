import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { MarketingSettings } from '../api/marketing';
import { ConsultantMarketingToggle } from './consultant-marketing';
import { MarketingSettingsPanel } from './marketing-settings';

const defaults: MarketingSettings = { showRate: false, dailySendCap: 500, version: 0, updatedBy: 'system', updatedAt: '1970-01-01T00:00:00Z' };

describe('MarketingSettingsPanel', () => {
  it('saves the postal address, sender, cap and rate policy for an Admin', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/settings/marketing': defaults,
      'PUT /v1/settings/marketing': (c) => ({ ...(c.body as object), version: 1, updatedBy: 'user-1', updatedAt: '2026-12-06T12:00:00Z' }),
    });
    renderScreen(<MarketingSettingsPanel />, { fetch: api.fetch, session: testSession({ roles: ['Admin'] }) });
    expect(await screen.findByText('Defaults (never saved)')).toBeInTheDocument();
    await ui.type(screen.getByLabelText('Postal address'), '100 Main Street, Austin, TX 78701');
    await ui.type(screen.getByLabelText('Sender name'), 'Acme Bench Sales');
    await ui.type(screen.getByLabelText('From address'), 'bench@acme.example');
    await ui.clear(screen.getByLabelText('Daily send cap'));
    await ui.type(screen.getByLabelText('Daily send cap'), '250');
    await ui.click(screen.getByLabelText('Show rates on hot lists'));
    await ui.click(screen.getByRole('button', { name: 'Save marketing settings' }));
    await waitFor(() => expect(api.calls('PUT /v1/settings/marketing')).toHaveLength(1));
    expect(api.calls('PUT /v1/settings/marketing')[0]!.body).toEqual({
      showRate: true, dailySendCap: 250, postalAddress: '100 Main Street, Austin, TX 78701', senderName: 'Acme Bench Sales', fromAddress: 'bench@acme.example',
    });
    expect(await screen.findByText(/Saved by user-1/)).toBeInTheDocument();
  });

  it('shows a refusal by its field and gives Sales no save button', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/settings/marketing': { ...defaults, postalAddress: '1 Elm St' },
      'PUT /v1/settings/marketing': () =>
        new Response(
          JSON.stringify({ type: 'https://benchcrm.dev/problems/validation', title: 'Validation failed', status: 422, detail: 'The request has invalid fields.', errors: [{ pointer: '/fromAddress', detail: 'not an e-mail address' }] }),
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
    });
    const { unmount } = renderScreen(<MarketingSettingsPanel />, { fetch: api.fetch, session: testSession({ roles: ['Owner'] }) });
    await ui.click(await screen.findByRole('button', { name: 'Save marketing settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('/fromAddress: not an e-mail address');
    unmount();
    renderScreen(<MarketingSettingsPanel />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    expect(await screen.findByLabelText('Postal address')).toBeDisabled();
    expect(screen.getByLabelText('Postal address')).toHaveValue('1 Elm St');
    expect(screen.queryByRole('button', { name: 'Save marketing settings' })).not.toBeInTheDocument();
  });
});

describe('ConsultantMarketingToggle', () => {
  it('opts a consultant out of marketing, keeping relocation', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/consultants/:id/marketing': (c) => ({ consultantId: c.params.id, optedOut: false, openToRelocation: true, updatedBy: 'system', updatedAt: '2026-12-06T12:00:00Z' }),
      'PUT /v1/consultants/:id/marketing': (c) => ({ consultantId: c.params.id, ...(c.body as object), updatedBy: 'user-1', updatedAt: '2026-12-06T12:00:00Z' }),
    });
    renderScreen(<ConsultantMarketingToggle consultantId="c-1" />, { fetch: api.fetch, session: testSession({ roles: ['Recruiter'] }) });
    const box = await screen.findByRole('checkbox', { name: /Opted out of marketing/ });
    expect(box).not.toBeChecked();
    await ui.click(box);
    await waitFor(() => expect(api.calls('PUT /v1/consultants/:id/marketing')).toHaveLength(1));
    expect(api.calls('PUT /v1/consultants/:id/marketing')[0]!.body).toEqual({ optedOut: true, openToRelocation: true });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Opted out of marketing/ })).toBeChecked());
  });

  it('is read-only for Sales and says a refusal', async () => {
    const api = fakeApi({
      'GET /v1/consultants/:id/marketing': { consultantId: 'c-1', optedOut: true, updatedBy: 'user-1', updatedAt: '2026-12-06T12:00:00Z' },
      'PUT /v1/consultants/:id/marketing': () => problem(403, 'forbidden'),
    });
    renderScreen(<ConsultantMarketingToggle consultantId="c-1" />, { fetch: api.fetch, session: testSession({ roles: ['Sales'] }) });
    const box = await screen.findByRole('checkbox', { name: /Opted out of marketing/ });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
  });
});
