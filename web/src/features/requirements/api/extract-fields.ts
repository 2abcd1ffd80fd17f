import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type ExtractedRequirement = Schemas['ExtractedRequirement'];

/**
 * Where each field of a requirement came from: `POST /v1/ai/extract` over its description (the
 * mail text it was read from), which answers every field with its `source` text. Nothing is
 * stored; asked only when the recruiter opens the sources.
 */
export function useFieldSources(requirementId: string, text: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['field-sources', requirementId, text?.length ?? 0],
    queryFn: async ({ signal }) => {
      const result = unwrap(await api.POST('/v1/ai/extract', { body: { schema_name: 'requirement', text: text! }, signal }));
      return result.schema_name === 'requirement' ? (result.requirements[0] ?? null) : null;
    },
    enabled: enabled && !!text,
    staleTime: Infinity,
  });
}
