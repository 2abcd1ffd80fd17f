import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem } from '@/test/fake-api';
import { ApiProblemException, createApiClient, unwrap } from './client';

describe('api client', () => {
  it('sends the access token as a bearer token on every call', async () => {
    const api = fakeApi({ 'GET /v1/requirements': { items: [] } });
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:3000', accessToken: () => 'tok-1', onUnauthorized: () => {}, fetch: api.fetch });

    const page = unwrap(await client.GET('/v1/requirements', { params: { query: { limit: 5 } } }));

    expect(page.items).toEqual([]);
    const [call] = api.calls();
    expect(call!.headers.get('authorization')).toBe('Bearer tok-1');
    expect(call!.query.get('limit')).toBe('5');
  });

  it('sends no Authorization header without a token', async () => {
    const api = fakeApi({ 'GET /v1/requirements': { items: [] } });
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:3000', accessToken: async () => null, onUnauthorized: () => {}, fetch: api.fetch });
    await client.GET('/v1/requirements');
    expect(api.calls()[0]!.headers.has('authorization')).toBe(false);
  });

  it('a 401 calls onUnauthorized (sign in again) and the call fails with the problem', async () => {
    const api = fakeApi({ 'GET /v1/consultants': problem(401, 'unauthenticated', 'the token expired') });
    const onUnauthorized = vi.fn();
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:3000', accessToken: () => 'old', onUnauthorized, fetch: api.fetch });

    const result = await client.GET('/v1/consultants');

    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(() => unwrap(result)).toThrow(ApiProblemException);
    try {
      unwrap(result);
    } catch (e) {
      expect((e as ApiProblemException).status).toBe(401);
      expect((e as ApiProblemException).slug).toBe('unauthenticated');
      expect((e as ApiProblemException).message).toContain('the token expired');
    }
  });

  it('other errors do not sign out', async () => {
    const api = fakeApi({ 'GET /v1/audit/logs': problem(403, 'forbidden') });
    const onUnauthorized = vi.fn();
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:3000', accessToken: () => 't', onUnauthorized, fetch: api.fetch });
    const result = await client.GET('/v1/audit/logs');
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(() => unwrap(result)).toThrow(/forbidden/);
  });

  it('a failing onUnauthorized (sign-in loop) still lets the call fail normally', async () => {
    const api = fakeApi({ 'GET /v1/consultants': problem(401, 'unauthenticated') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:3000',
      accessToken: () => 't',
      onUnauthorized: () => Promise.reject(new Error('loop')),
      fetch: api.fetch,
    });
    const result = await client.GET('/v1/consultants');
    expect(result.response.status).toBe(401);
    expect(warn).toHaveBeenCalled();
  });
});
