import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import type { Kpis } from '../api/kpis';
import { hours, lastDays, ratio } from '../lib/period';
import { DashboardPage } from './dashboard-page';

function kpis(over: Partial<Kpis> = {}): Kpis {
  const r = (numerator: number, denominator: number) => ({ numerator, denominator, ...(denominator ? { value: numerator / denominator } : {}) });
  return {
    from: '2026-09-08T00:00:00Z', to: '2026-12-07T00:00:00Z', asOf: '2026-12-06T10:00:00Z',
    funnel: { submitted: 131, interviewing: 37, offered: 19, placed: 12, submittalToInterview: r(37, 131), interviewToOffer: r(19, 37), offerToPlacement: r(12, 19) },
    requirements: { received: 119, timeToFirstSubmitHours: { count: 50, median: 12.4, p90: 60 }, filled: 11, fillRate: r(11, 119) },
    placements: { made: 12, timeToFillDays: { count: 12, median: 14.5 }, grossMarginPerPlacement: [{ currency: 'USD', placements: 12, averageHourly: 18.4, averagePercent: 18.1 }] },
    bench: { size: 148, medianDays: 33, buckets: [{ label: '0-14', minDays: 0, maxDays: 14, consultants: 40 }, { label: '91+', minDays: 91, consultants: 9 }] },
    vendorScorecards: [{ vendorCompanyId: 'v1', vendorName: 'Cedar Tech Partners', requirementsReceived: 20, submissions: 21, interviews: 10, placements: 4, medianResponseHours: 28.4 }],
    ...over,
  };
}

describe('period and figures', () => {
  it('the last N days end today, both days included', () => {
    expect(lastDays(30, new Date('2026-12-06T22:00:00Z'))).toEqual({ from: '2026-11-07', to: '2026-12-06' });
    expect(lastDays(1, new Date('2026-12-06T00:30:00Z'))).toEqual({ from: '2026-12-06', to: '2026-12-06' });
  });
  it('ratios and durations read plainly, a dash for none', () => {
    expect(ratio(37 / 131)).toBe('28.2 %');
    expect(ratio(undefined)).toBe('–');
    expect(hours(12.4)).toBe('12.4 h');
    expect(hours(60)).toBe('2.5 d');
  });
});

describe('DashboardPage', () => {
  it('shows the funnel ratios, times, margin and vendors of the last 90 days', async () => {
    const api = fakeApi({ 'GET /v1/analytics/kpis': kpis() });
    renderScreen(<DashboardPage />, { fetch: api.fetch });
    const figures = await screen.findByLabelText('Key figures');
    expect(within(figures).getByText('Submittal to interview').closest('div')).toHaveTextContent('28.2 %37 of 131');
    expect(within(figures).getByText('Fill rate').closest('div')).toHaveTextContent('9.2 %');
    expect(within(figures).getByText('Margin per placement').closest('div')).toHaveTextContent('18.40 USD/h18.1 % gross');
    expect(within(screen.getByRole('table', { name: 'Vendor scorecards' })).getByText('Cedar Tech Partners')).toBeInTheDocument();
    const q = api.calls('GET /v1/analytics/kpis')[0]!.query;
    const { from, to } = lastDays(90);
    expect([q.get('from'), q.get('to'), q.get('groupBy')]).toEqual([from, to, null]);
  });

  it('changing the period and the grouping asks the API again and shows each group', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/analytics/kpis': (c) =>
        c.query.get('groupBy') === 'vendor'
          ? kpis({ groupBy: 'vendor', groups: [{ key: 'v1', name: 'Birch IT', funnel: kpis().funnel, averageMarginPercent: 17.25 }] })
          : kpis(),
    });
    renderScreen(<DashboardPage />, { fetch: api.fetch });
    await screen.findByRole('heading', { name: 'Vendor scorecards' });
    await ui.selectOptions(screen.getByLabelText('Period'), '30');
    await waitFor(() => expect(api.calls('GET /v1/analytics/kpis').at(-1)!.query.get('from')).toBe(lastDays(30).from));
    await ui.selectOptions(screen.getByLabelText('Group by'), 'vendor');
    const table = await screen.findByRole('table', { name: 'Funnel by vendor' });
    expect(within(table).getByRole('row', { name: /Birch IT/ })).toHaveTextContent('17.3 %');
    expect(api.calls('GET /v1/analytics/kpis').at(-1)!.query.get('groupBy')).toBe('vendor');
  });

  it('a role without analytics is told so', async () => {
    const api = fakeApi({
      'GET /v1/analytics/kpis': new Response(JSON.stringify({ type: 'https://benchcrm.dev/problems/forbidden', title: 'Forbidden', status: 403, detail: 'needs analytics:read', instance: '/', traceId: 't' }), { status: 403, headers: { 'content-type': 'application/problem+json' } }),
    });
    renderScreen(<DashboardPage />, { fetch: api.fetch });
    expect(await screen.findByText('Your role cannot see this.')).toBeInTheDocument();
  });
});
