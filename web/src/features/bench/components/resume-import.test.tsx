import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderScreen } from '@/test/render';
import { resumeContentType } from '../api/import-resume';
import { ResumeImport } from './resume-import';

function consultant(name: string) {
  return { id: `0193f7a2-5b3c-7d4e-8f60-${name.length.toString().padStart(12, '0')}`, fullName: name, skills: [], version: 1, createdAt: 'x', updatedAt: 'x' };
}

describe('ResumeImport', () => {
  it('posts every dropped file with its content type, shows progress and a result per file', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi({
      'POST /v1/consultants/import': async (call) => {
        const text = await call.rawBody!.text();
        if (text.includes('Avery')) return json(consultant('Avery Example'), 201);
        if (text.includes('Blake')) {
          await gate; // hold the second file so the progress can be read half-way
          return json(consultant('Blake Sample'), 200);
        }
        return problem(422, 'validation', 'The resume has no name or e-mail address.');
      },
    });
    renderScreen(<ResumeImport />, { fetch: api.fetch });

    const files = [
      new File(['Avery Example\navery@example.com\nJava'], 'avery.txt', { type: 'text/plain' }),
      new File(['Blake Sample\nblake@example.com'], 'blake.pdf', { type: 'application/pdf' }),
      new File(['nothing useful'], 'empty.txt', { type: 'text/plain' }),
      new File(['old'], 'legacy.doc', { type: 'application/msword' }),
    ];
    fireEvent.drop(await screen.findByTestId('resume-dropzone'), { dataTransfer: { files } });

    const bar = await screen.findByRole('progressbar', { name: 'Resumes imported' });
    expect(bar).toHaveAttribute('aria-valuemax', '4');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '3'));
    expect(screen.getByText('3 of 4 files')).toBeInTheDocument();
    release();
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '4'));

    const results = screen.getByRole('list', { name: 'Import results' });
    const rows = within(results).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('avery.txt');
    expect(rows[0]).toHaveTextContent('created');
    expect(within(rows[0]!).getByRole('link', { name: 'Avery Example' })).toHaveAttribute('href', expect.stringMatching(/^\/bench\//));
    expect(rows[1]).toHaveTextContent('updated');
    expect(rows[2]).toHaveTextContent('Failed: The resume has no name or e-mail address.');
    expect(rows[3]).toHaveTextContent('Failed: Not a resume format');

    // The legacy .doc never reached the API; the others went with their own content types.
    const calls = api.calls('POST /v1/consultants/import');
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => c.headers.get('content-type')).sort()).toEqual(['application/pdf', 'text/plain', 'text/plain']);
  });

  it('maps file names to the types the import route reads', () => {
    expect(resumeContentType({ name: 'a.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(resumeContentType({ name: 'a.rtf', type: '' })).toBe('application/rtf');
    expect(resumeContentType({ name: 'resume', type: 'application/pdf' })).toBe('application/pdf');
    expect(resumeContentType({ name: 'photo.png', type: 'image/png' })).toBeNull();
  });
});
