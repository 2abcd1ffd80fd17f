import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { requirement } from '@/test/fixtures';
import { renderScreen } from '@/test/render';
import { consultantsKey } from '@/features/bench/api/get-consultants';
import { requirementsKey } from '@/features/inbox/api/get-requirements';
import CommandPalette, { matchesName } from './command-palette';

const kafka = requirement({ title: 'Kafka Streaming Engineer', clientName: 'Initech' });

function setup() {
  const api = fakeApi({
    'GET /v1/search': (c) =>
      c.query.get('type') === 'consultant'
        ? { items: [{ kind: 'consultant', id: '0193f7a2-5b3c-7d4e-8f60-0000000000c2', title: 'Priya Raman', subtitle: 'Data Engineer', score: 0.03, vectorRank: 1 }] }
        : { items: [] },
  });
  const view = renderScreen(<CommandPalette open onOpenChange={() => {}} />, {
    fetch: api.fetch,
    path: '/inbox',
    route: '/inbox',
    extraRoutes: [
      { path: '/bench/:id', element: <p>consultant page</p> },
      { path: '/inbox/:id', element: <p>requirement page</p> },
      { path: '/bench', element: <p>bench page</p> },
    ],
  });
  // The lists the screens already loaded are where names are found at once.
  view.queryClient.setQueryData(consultantsKey, {
    pages: [{ items: [{ id: '0193f7a2-5b3c-7d4e-8f60-0000000000c1', fullName: 'Avery Kafka', title: 'Java Developer', skills: [], version: 1, createdAt: 'x', updatedAt: 'x' }] }],
    pageParams: [undefined],
  });
  view.queryClient.setQueryData(requirementsKey, { pages: [{ items: [kafka] }], pageParams: [undefined] });
  return { api, ...view };
}

describe('CommandPalette', () => {
  it('finds consultants and requirements by name at once, and others by meaning through search', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.type(screen.getByRole('combobox'), 'kafka');

    expect(await screen.findByRole('option', { name: /Avery Kafka/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Kafka Streaming Engineer/ })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: /Priya Raman/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Search the bench for “kafka”' })).toBeInTheDocument();
    await waitFor(() => expect(api.calls('GET /v1/search').map((c) => c.query.get('type')).sort()).toEqual(['consultant', 'requirement']));
    expect(api.calls('GET /v1/search')[0]!.query.get('q')).toBe('kafka');
  });

  it('choosing a requirement jumps to it', async () => {
    const user = userEvent.setup();
    const { router } = setup();
    await user.type(screen.getByRole('combobox'), 'streaming');
    await screen.findByRole('option', { name: /Kafka Streaming Engineer/ });
    await user.click(screen.getByRole('option', { name: /Kafka Streaming Engineer/ }));
    expect(router.state.location.pathname).toBe(`/inbox/${kafka.id}`);
  });

  it('runs a bench search', async () => {
    const user = userEvent.setup();
    const { router } = setup();
    await user.type(screen.getByRole('combobox'), 'k8s operators');
    await user.click(await screen.findByRole('option', { name: 'Search the bench for “k8s operators”' }));
    expect(router.state.location.pathname).toBe('/bench');
    expect(router.state.location.search).toBe('?q=k8s%20operators');
  });

  it('matches names word by word, in any case', () => {
    expect(matchesName('Avery Kafka', 'kafka av')).toBe(true);
    expect(matchesName('Avery Kafka', 'kafka java')).toBe(false);
  });
});
