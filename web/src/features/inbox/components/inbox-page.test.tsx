import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { requirement } from '@/test/fixtures';
import { renderScreen } from '@/test/render';
import { INBOX_POLL_MS } from '../api/get-requirements';
import { InboxPage } from './inbox-page';

const java = requirement({ title: 'Java Developer', location: { city: 'Dallas', state: 'TX' }, workMode: 'HYBRID', skills: [{ name: 'Java', required: true }, { name: 'Kafka', required: true }], clientName: 'Initech' });
const sf = requirement({ title: 'Salesforce Admin', location: { city: 'Minneapolis', state: 'MN' }, workMode: 'REMOTE', skills: [{ name: 'Salesforce', required: true }] });
const held = requirement({ title: 'QA Lead', status: 'ON_HOLD', location: { state: 'TX' }, workMode: 'ONSITE', skills: [{ name: 'Selenium', required: true }] });

function rowsShown() {
  return within(screen.getByRole('list', { name: 'Requirements list' })).queryAllByRole('link').map((a) => a.querySelector('span')!.textContent);
}

afterEach(() => vi.useRealTimers());

describe('Inbox', () => {
  it('lists requirements with their extracted fields', async () => {
    const api = fakeApi({ 'GET /v1/requirements': { items: [java, sf, held] } });
    renderScreen(<InboxPage />, { fetch: api.fetch, path: '/inbox', route: '/inbox' });

    expect(await screen.findByText('Java Developer')).toBeInTheDocument();
    expect(screen.getByText('Initech · Dallas, TX · Hybrid')).toBeInTheDocument();
    expect(screen.getByText('Java, Kafka')).toBeInTheDocument();
    expect(screen.getByText('On hold', { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByText('3 requirements')).toBeInTheDocument();
  });

  it('filters by status, work mode, state and skill, and says how many of how many', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'GET /v1/requirements': { items: [java, sf, held] } });
    renderScreen(<InboxPage />, { fetch: api.fetch, path: '/inbox', route: '/inbox' });
    await screen.findByText('Java Developer');

    await user.selectOptions(screen.getByLabelText('State'), 'TX');
    expect(rowsShown()).toEqual(['Java Developer', 'QA Lead']);
    await user.selectOptions(screen.getByLabelText('Status'), 'OPEN');
    expect(rowsShown()).toEqual(['Java Developer']);
    expect(screen.getByText('1 of 3')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('State'), '');
    await user.type(screen.getByLabelText('Skill'), 'sales');
    expect(rowsShown()).toEqual(['Salesforce Admin']);
    await user.clear(screen.getByLabelText('Skill'));
    await user.selectOptions(screen.getByLabelText('Work mode'), 'ONSITE');
    expect(rowsShown()).toEqual(['QA Lead']);
  });

  it('coaches an empty inbox with the tenant ingest address', async () => {
    const api = fakeApi({ 'GET /v1/requirements': { items: [] } });
    renderScreen(<InboxPage />, { fetch: api.fetch, path: '/inbox', route: '/inbox' });
    expect(await screen.findByText('No requirements yet')).toBeInTheDocument();
    expect(screen.getByText('acme@ingest.localhost')).toBeInTheDocument();
  });

  it('shows requirements that arrive later without a reload, marked new', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let items = [java];
    const fresh = requirement({ title: 'Kafka Engineer', createdAt: new Date(Date.now() + 1000).toISOString() });
    const api = fakeApi({ 'GET /v1/requirements': () => ({ items }) });
    renderScreen(<InboxPage />, { fetch: api.fetch, path: '/inbox', route: '/inbox' });
    await screen.findByText('Java Developer');
    expect(screen.queryByText('Kafka Engineer')).not.toBeInTheDocument();

    items = [fresh, java];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(INBOX_POLL_MS + 100);
    });

    expect(await screen.findByText('Kafka Engineer')).toBeInTheDocument();
    const row = screen.getByText('Kafka Engineer').closest('a')!;
    expect(within(row).getByText('New')).toBeInTheDocument();
    expect(api.calls('GET /v1/requirements').length).toBeGreaterThanOrEqual(2);
  });
});
