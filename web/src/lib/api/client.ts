import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '@/api/schema';

/**
 * The typed client of the `/v1` API. Its types are generated at build time from the OpenAPI
 * document (`npm run gen:api`), so a change of the API that breaks a screen breaks `npm run build`.
 *
 * ```ts
 * const api = createApiClient({ baseUrl: location.origin, accessToken: () => auth.accessToken(),
 *                               onUnauthorized: () => auth.handleUnauthorized() });
 * const { data, error } = await api.GET('/v1/requirements', { params: { query: { limit: 50 } } });
 * ```
 */
export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export interface ApiClientOptions {
  baseUrl: string;
  /** The bearer token for each call (null: none, the API will answer 401). */
  accessToken: () => Promise<string | null> | string | null;
  /** Called on every 401; the console signs in again. */
  onUnauthorized: () => void | Promise<void>;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    // Resolved at call time, so tests (and the real browser) can swap globalThis.fetch.
    fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request),
  });
  client.use({
    async onRequest({ request }) {
      const token = await options.accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.status === 401) {
        try {
          await options.onUnauthorized();
        } catch (e) {
          // A sign-in loop or a provider that is down: the call still fails with its 401 problem.
          console.warn(e);
        }
      }
      return response;
    },
  });
  return client;
}

/** A non-2xx answer of the API, carrying its RFC 9457 problem when there was one. */
export class ApiProblemException extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: unknown) {
    const p = isProblem(problem) ? problem : undefined;
    super(p ? `${p.title}: ${p.detail}` : `The API answered ${status}.`);
    this.status = status;
    this.problem = p;
  }

  /** The last segment of the problem type, e.g. `no-recommendations`. */
  get slug(): string | undefined {
    return this.problem?.type.split('/').pop();
  }

  /** Field errors as `pointer: detail` lines. */
  get fieldErrors(): string[] {
    return (this.problem?.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`);
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'type' in value && 'status' in value && 'title' in value;
}

/** The body of a successful call, else an {@link ApiProblemException}. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  throw new ApiProblemException(result.response.status, result.error);
}
