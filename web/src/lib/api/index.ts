export { createApiClient, unwrap, ApiProblemException } from './client';
export type { ApiClient, Schemas, Problem } from './client';
export { ApiProvider, useApi } from './api-context';
