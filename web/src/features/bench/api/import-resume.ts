import { ApiProblemException, unwrap, type ApiClient, type Schemas } from '@/lib/api';

const TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
};

/** The content type the import route takes for a file, or null (legacy .doc, images...). */
export function resumeContentType(file: { name: string; type: string }): string | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (TYPES[ext]) return TYPES[ext];
  return Object.values(TYPES).includes(file.type) ? file.type : null;
}

export type ImportOutcome =
  | { status: 'created' | 'updated'; consultant: Schemas['Consultant'] }
  | { status: 'failed'; message: string };

/** `POST /v1/consultants/import` with the file's bytes: 201 created, 200 updated (same e-mail), else why not. */
export async function importResume(api: ApiClient, file: File): Promise<ImportOutcome> {
  const contentType = resumeContentType(file);
  if (!contentType) {
    return { status: 'failed', message: 'Not a resume format the import reads (plain text, PDF, DOCX or RTF; save a .doc as DOCX).' };
  }
  try {
    const result = await api.POST('/v1/consultants/import', {
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b,
      headers: { 'Content-Type': contentType },
    });
    const consultant = unwrap(result);
    return { status: result.response.status === 201 ? 'created' : 'updated', consultant };
  } catch (e) {
    const message =
      e instanceof ApiProblemException
        ? [e.problem?.detail ?? e.message, ...e.fieldErrors].join(' ')
        : `Network error: ${String(e)}`;
    return { status: 'failed', message };
  }
}
