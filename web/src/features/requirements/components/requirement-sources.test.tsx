import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import { daysUntil } from '@/features/bench/api/documents';
import { RequirementSources } from './requirement-sources';

describe('RequirementSources', () => {
  it('shows each vendor that sent the requirement, its chain to the end client and its rate', async () => {
    const api = fakeApi({
      'GET /v1/requirements/:id/sources': {
        requirementId: 'r1',
        vendorCount: 2,
        items: [
          { vendorCompany: 'Cedar Tech', vendorName: 'Priya S', vendorEmail: 'priya@cedar.example', implementationPartner: 'Infosys', endClient: 'Acme Bank', chainDepth: 2,
            rateOffered: { amount: 70, currency: 'USD', unit: 'HOUR', employmentType: 'C2C' }, locations: ['TX|dallas'], receivedAt: '2026-12-01T10:00:00Z', subject: 'Java Kafka - Dallas' },
          { vendorCompany: 'Birch IT', endClient: 'Acme Bank', chainDepth: 1, locations: [], receivedAt: '2026-12-02T10:00:00Z' },
        ],
      },
    });
    renderScreen(<RequirementSources requirementId="r1" />, { fetch: api.fetch });
    expect(await screen.findByRole('heading', { name: /Sources · 2 vendors/ })).toBeInTheDocument();
    const [cedar, birch] = screen.getAllByTestId('requirement-source');
    expect(within(cedar!).getByLabelText('Chain to the end client')).toHaveTextContent('Cedar Tech → Infosys → Acme Bank (depth 2)');
    expect(cedar).toHaveTextContent('Offers 70 USD/hour C2C');
    expect(birch).toHaveTextContent('Birch IT → Acme Bank');
  });
});

describe('daysUntil', () => {
  it('counts whole UTC days, negative when past', () => {
    const now = new Date('2026-12-06T23:00:00Z');
    expect(daysUntil('2026-12-06', now)).toBe(0);
    expect(daysUntil('2027-01-05', now)).toBe(30);
    expect(daysUntil('2026-12-01', now)).toBe(-5);
  });
});
