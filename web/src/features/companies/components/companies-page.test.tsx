import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fake-api';
import { renderScreen, testSession } from '@/test/render';
import type { Company } from '../api/companies';
import { CompaniesPage } from './companies-page';
import { CompanyDetail } from './company-detail';
import { RequirementChain } from './requirement-chain';

const ID = '0193f7a2-0000-7000-8000-00000000c001';
function company(over: Partial<Company> = {}): Company {
  return { id: ID, name: 'Cedar Tech Partners', kinds: ['VENDOR'], domain: 'cedar.example', version: 1, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', ...over };
}

describe('CompaniesPage', () => {
  it('filters by kind and adds a company, saying a duplicate plainly', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/companies': { items: [company()] },
      'POST /v1/companies': (c) =>
        (c.body as { name: string }).name === 'Cedar Tech'
          ? new Response(JSON.stringify({ type: 'https://benchcrm.dev/problems/duplicate', title: 'Duplicate', status: 409, detail: 'Cedar Tech is Cedar Tech Partners already', instance: '/v1/companies', traceId: 't' }), { status: 409, headers: { 'content-type': 'application/problem+json' } })
          : json(company({ id: 'n1', name: (c.body as { name: string }).name, kinds: ['END_CLIENT'] }), 201),
    });
    renderScreen(<CompaniesPage />, { fetch: api.fetch, route: '/companies', path: '/companies' });
    expect(await within(screen.getByRole('list', { name: 'Companies list' })).findByText('Cedar Tech Partners')).toBeInTheDocument();
    await ui.selectOptions(screen.getByLabelText('Filter by kind'), 'END_CLIENT');
    await waitFor(() => expect(api.calls('GET /v1/companies').at(-1)!.query.get('kind')).toBe('END_CLIENT'));

    await ui.click(screen.getByText('New company'));
    await ui.type(screen.getByLabelText('Name'), 'Acme Bank');
    await ui.selectOptions(screen.getByLabelText('Kind'), 'END_CLIENT');
    await ui.click(screen.getByRole('button', { name: 'Add company' }));
    await waitFor(() => expect(api.calls('POST /v1/companies')).toHaveLength(1));
    expect(api.calls('POST /v1/companies')[0]!.body).toEqual({ name: 'Acme Bank', kinds: ['END_CLIENT'] });

    await ui.clear(screen.getByLabelText('Name'));
    await ui.type(screen.getByLabelText('Name'), 'Cedar Tech');
    await ui.click(screen.getByRole('button', { name: 'Add company' }));
    await waitFor(() => expect(api.calls('POST /v1/companies')).toHaveLength(2));
    expect(await screen.findByText(/Cedar Tech Partners already/)).toHaveAttribute('role', 'alert');
  });

  it('a company shows its contacts and adds one at that company', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({
      'GET /v1/companies/:id': company(),
      'GET /v1/contacts': { items: [{ id: 'p1', companyId: ID, fullName: 'Priya Shah', title: 'Technical Recruiter', email: 'priya@cedar.example', version: 1, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z' }] },
      'POST /v1/contacts': (c) => json({ id: 'p2', ...(c.body as object), version: 1, createdAt: 'x', updatedAt: 'x' }, 201),
      'GET /v1/companies/:id/timeline': { items: [] },
    });
    renderScreen(<CompanyDetail />, { fetch: api.fetch, route: '/companies/:companyId', path: `/companies/${ID}` });
    expect(await screen.findByRole('heading', { name: 'Cedar Tech Partners' })).toBeInTheDocument();
    expect(await screen.findByText('Priya Shah')).toBeInTheDocument();
    expect(api.calls('GET /v1/contacts')[0]!.query.get('companyId')).toBe(ID);
    await ui.type(screen.getByLabelText('Full name'), 'Sam Lee');
    await ui.type(screen.getByLabelText('E-mail'), 'sam@cedar.example');
    await ui.click(screen.getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(api.calls('POST /v1/contacts')).toHaveLength(1));
    expect(api.calls('POST /v1/contacts')[0]!.body).toEqual({ fullName: 'Sam Lee', email: 'sam@cedar.example', companyId: ID });
  });

  it('the requirement chain links each company by name', async () => {
    const api = fakeApi({ 'GET /v1/companies': { items: [company(), company({ id: 'e1', name: 'Acme Bank', kinds: ['END_CLIENT'] })] } });
    renderScreen(<RequirementChain chain={{ vendorCompanyId: ID, endClientId: 'e1' }} />, { fetch: api.fetch, session: testSession() });
    const nav = await screen.findByRole('navigation', { name: 'Requirement chain' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Acme Bank' })).toHaveAttribute('href', '/companies/e1'));
    expect(within(nav).getByRole('link', { name: 'Cedar Tech Partners' })).toHaveAttribute('href', `/companies/${ID}`);
  });
});
