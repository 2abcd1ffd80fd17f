import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Company = Schemas['Company'];
export type CompanyKind = Schemas['CompanyKind'];
export type Contact = Schemas['Contact'];

export const KINDS: CompanyKind[] = ['VENDOR', 'IMPLEMENTATION_PARTNER', 'PRIME_VENDOR', 'END_CLIENT'];

/** `GET /v1/companies?kind=`: the tenant's companies (vendors, partners, primes, end clients). */
export function useCompanies(kind?: CompanyKind) {
  const api = useApi();
  return useQuery({
    queryKey: ['companies', kind ?? null],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/companies', { params: { query: { limit: 200, ...(kind ? { kind } : {}) } }, signal })).items,
  });
}

export function useCompany(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['company', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/companies/{id}', { params: { path: { id } }, signal })),
  });
}

/** `GET /v1/contacts?companyId=`: the people at a company. */
export function useContacts(companyId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['contacts', companyId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/contacts', { params: { query: { limit: 200, companyId } }, signal })).items,
  });
}

/** `POST /v1/companies` (a name already there, after legal suffixes and case, is `409` naming it). */
export function useCreateCompany() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CompanyInput']) => unwrap(await api.POST('/v1/companies', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['companies'] }),
  });
}

/** `POST /v1/contacts` at a company. */
export function useCreateContact(companyId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Omit<Schemas['ContactInput'], 'companyId'>) => unwrap(await api.POST('/v1/contacts', { body: { ...body, companyId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', companyId] }),
  });
}
