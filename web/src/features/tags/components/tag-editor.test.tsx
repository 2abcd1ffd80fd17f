import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { requirement } from '@/test/fixtures';
import { renderScreen } from '@/test/render';
import { filterRequirements } from '@/features/inbox/lib/filter-requirements';
import { normalizeTag, TagEditor } from './tag-editor';

describe('TagEditor', () => {
  it('adds a tag in the API form and removes one, sending the whole list each time', async () => {
    const ui = userEvent.setup();
    const api = fakeApi({ 'PUT /v1/consultants/:id/tags': (c) => ({ id: 'c1', tags: (c.body as { tags: string[] }).tags }) });
    renderScreen(<TagEditor owner="consultant" id="c1" tags={['hot']} canEdit />, { fetch: api.fetch });
    await ui.type(screen.getByLabelText('New tag'), 'H1B Transfer');
    await ui.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.calls('PUT /v1/consultants/:id/tags')).toHaveLength(1));
    expect(api.calls('PUT /v1/consultants/:id/tags')[0]!.body).toEqual({ tags: ['hot', 'h1b-transfer'] });
    await ui.click(await screen.findByRole('button', { name: 'Remove tag hot' }));
    await waitFor(() => expect(api.calls('PUT /v1/consultants/:id/tags')).toHaveLength(2));
    expect(api.calls('PUT /v1/consultants/:id/tags')[1]!.body).toEqual({ tags: ['h1b-transfer'] });
    await waitFor(() => expect(screen.queryByText('#hot')).not.toBeInTheDocument());
  });

  it('without the right role the tags are only shown', () => {
    renderScreen(<TagEditor owner="requirement" id="r1" tags={['urgent']} canEdit={false} />, { fetch: fakeApi({}).fetch });
    expect(screen.getByText('#urgent')).toBeInTheDocument();
    expect(screen.queryByLabelText('New tag')).not.toBeInTheDocument();
  });

  it('normalizes like the API, and the inbox filters by tag', () => {
    expect(normalizeTag('  Hot   Lead ')).toBe('hot-lead');
    const a = requirement({ title: 'A', tags: ['urgent'] });
    const b = requirement({ title: 'B' });
    expect(filterRequirements([a, b], { tag: 'Urgent' }).map((r) => r.title)).toEqual(['A']);
  });
});
