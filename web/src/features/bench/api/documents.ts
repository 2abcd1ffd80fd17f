import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type ConsultantDocument = Schemas['ConsultantDocument'];

/** `GET /v1/consultants/{id}/documents`: the resumes and other files kept for a consultant. */
export function useConsultantDocuments(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['consultant-documents', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/consultants/{id}/documents', { params: { path: { id } }, signal })).items,
  });
}

/** Downloads one document with the bearer token (`GET /v1/consultants/{id}/documents/{docId}`) as a file. */
export function useDownloadDocument() {
  const api = useApi();
  return async (doc: ConsultantDocument) => {
    const r = await api.GET('/v1/consultants/{id}/documents/{docId}', { params: { path: { id: doc.consultantId, docId: doc.id } }, parseAs: 'blob' });
    const blob = unwrap(r) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = doc.filename ?? `document-${doc.id}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
}

/** Days from today (UTC) to a yyyy-MM-dd day; negative when past. */
export function daysUntil(day: string, now: Date = new Date()): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - today) / 86_400_000);
}
