import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type ApiClient, type Schemas } from '@/lib/api';

export type SearchHit = Schemas['SearchHit'];
export type SearchParams = {
  q: string;
  type?: 'consultant' | 'requirement';
  state?: string;
  workAuthorization?: Schemas['WorkAuthorization'];
  availableBy?: string;
  status?: Schemas['RequirementStatus'];
  workMode?: Schemas['WorkMode'];
  limit?: number;
};

export async function search(api: ApiClient, params: SearchParams, signal?: AbortSignal): Promise<SearchHit[]> {
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')) as SearchParams;
  return unwrap(await api.GET('/v1/search', { params: { query }, signal })).items;
}

/** `GET /v1/search`: hybrid (full text + vector k-NN, fused by rank) under the filters. */
export function useSearch(params: SearchParams) {
  const api = useApi();
  return useQuery({
    queryKey: ['search', params],
    queryFn: ({ signal }) => search(api, params, signal),
    enabled: params.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
