import type { INavigator, NavigateParams } from 'oidc-client-ts';
import { User } from 'oidc-client-ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/fake-api';
import { Auth, decodeJwtPayload, safeReturnTo, SignInLoopException, toSession } from './auth';

const AUTHORITY = 'http://127.0.0.1:3000/oidc';
const config = { authority: AUTHORITY, clientId: 'benchcrm-console', scope: 'openid profile email', ingestDomain: 'ingest.localhost' };

/** Records where the browser would have been sent instead of going there. */
function recordingNavigator() {
  const urls: string[] = [];
  const navigator: INavigator = {
    prepare: async () => ({
      navigate: async (params: NavigateParams) => {
        urls.push(params.url);
        return { url: params.url };
      },
      close: () => {},
    }),
    callback: async () => {},
  };
  return { navigator, urls };
}

function b64url(o: unknown): string {
  return btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function jwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', kid: 'k' })}.${b64url(claims)}.sig`;
}

beforeEach(() => {
  // The provider's discovery document, fetched by oidc-client-ts.
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === `${AUTHORITY}/.well-known/openid-configuration`) {
      return json({
        issuer: AUTHORITY,
        authorization_endpoint: `${AUTHORITY}/authorize`,
        token_endpoint: `${AUTHORITY}/token`,
        end_session_endpoint: `${AUTHORITY}/endsession`,
        jwks_uri: `${AUTHORITY}/jwks`,
      });
    }
    return new Response('not found', { status: 404 });
  }));
});
afterEach(() => vi.unstubAllGlobals());

describe('Auth', () => {
  it('signs in with authorization code + PKCE (S256), coming back to /auth/callback', async () => {
    const { navigator, urls } = recordingNavigator();
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000', redirectNavigator: navigator });

    await auth.signIn('/inbox?status=OPEN');

    expect(urls).toHaveLength(1);
    const url = new URL(urls[0]!);
    expect(`${url.origin}${url.pathname}`).toBe(`${AUTHORITY}/authorize`);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe('benchcrm-console');
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:3000/auth/callback');
    expect(url.searchParams.get('scope')).toBe('openid profile email');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The state (with the code verifier and where to return) waits in session storage for the callback.
    const state = url.searchParams.get('state')!;
    const stored = JSON.parse(window.sessionStorage.getItem(`oidc.${state}`)!);
    expect(stored.code_verifier).toBeTruthy();
    expect(stored.data).toEqual({ returnTo: '/inbox?status=OPEN' });
  });

  it('completes the callback: exchanges the code with its PKCE verifier, keeps the tokens, returns to the screen', async () => {
    const { navigator, urls } = recordingNavigator();
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000', redirectNavigator: navigator });
    await auth.signIn('/bench?q=kafka');
    const state = new URL(urls[0]!).searchParams.get('state')!;
    const verifier = JSON.parse(window.sessionStorage.getItem(`oidc.${state}`)!).code_verifier as string;
    const tokenRequests: URLSearchParams[] = [];
    const discovery = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url === `${AUTHORITY}/token`) {
        tokenRequests.push(new URLSearchParams(String(init?.body)));
        const now = Math.floor(Date.now() / 1000);
        return json({
          access_token: jwt({ sub: 'u-7', tenant: 'demo', tenant_id: '0193f7a2-5b3c-7d4e-8f60-123456789abc', roles: ['Recruiter'], exp: now + 300 }),
          id_token: jwt({ iss: AUTHORITY, aud: 'benchcrm-console', sub: 'u-7', iat: now, exp: now + 300, name: 'Riley' }),
          refresh_token: 'rt-1',
          token_type: 'Bearer',
          expires_in: 300,
          scope: 'openid profile email',
        });
      }
      return discovery(input, init);
    });

    const returnTo = await auth.completeSignIn(`http://127.0.0.1:3000/auth/callback?code=the-code&state=${state}`);

    expect(returnTo).toBe('/bench?q=kafka');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.get('grant_type')).toBe('authorization_code');
    expect(tokenRequests[0]!.get('code')).toBe('the-code');
    expect(tokenRequests[0]!.get('code_verifier')).toBe(verifier);
    expect(tokenRequests[0]!.get('redirect_uri')).toBe('http://127.0.0.1:3000/auth/callback');
    const session = await auth.currentSession();
    expect(session).toMatchObject({ subject: 'u-7', displayName: 'Riley', tenantSlug: 'demo', roles: ['Recruiter'] });
    expect((await auth.userManager.getUser())!.refresh_token).toBe('rt-1');
    // The state is used once: replaying the callback fails.
    await expect(auth.completeSignIn(`http://127.0.0.1:3000/auth/callback?code=the-code&state=${state}`)).rejects.toThrow();
  });

  it('a 401 drops the stored user and signs in again, back to the same screen', async () => {
    const { navigator, urls } = recordingNavigator();
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000', redirectNavigator: navigator });
    await auth.userManager.storeUser(new User({ access_token: 'a', token_type: 'Bearer', profile: { sub: 'u', iss: AUTHORITY, aud: 'x', exp: 0, iat: 0 }, expires_at: Date.now() / 1000 + 3600 }));
    expect(await auth.accessToken()).toBe('a');
    window.history.pushState(null, '', '/bench/abc?q=java');

    await auth.handleUnauthorized();

    expect(await auth.accessToken()).toBeNull();
    expect(urls).toHaveLength(1);
    const state = new URL(urls[0]!).searchParams.get('state')!;
    expect(JSON.parse(window.sessionStorage.getItem(`oidc.${state}`)!).data).toEqual({ returnTo: '/bench/abc?q=java' });
  });

  it('does not loop: a 401 right after a sign-in throws instead of redirecting again', async () => {
    const { navigator, urls } = recordingNavigator();
    let now = 1_000_000;
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000', redirectNavigator: navigator, now: () => now });
    window.sessionStorage.setItem('benchcrm.console.lastSignIn', String(now - 2_000));

    await expect(auth.handleUnauthorized()).rejects.toThrow(SignInLoopException);
    expect(urls).toHaveLength(0);

    now += 60_000; // later 401s (an expired token) sign in again as usual
    await auth.handleUnauthorized();
    expect(urls).toHaveLength(1);
  });

  it('an expired user is no session', async () => {
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000' });
    await auth.userManager.storeUser(new User({ access_token: 'a', token_type: 'Bearer', profile: { sub: 'u', iss: AUTHORITY, aud: 'x', exp: 0, iat: 0 }, expires_at: Date.now() / 1000 - 10 }));
    expect(await auth.currentSession()).toBeNull();
    expect(await auth.accessToken()).toBeNull();
  });

  it('signing out goes to the provider end-session endpoint, back to /signed-out', async () => {
    const { navigator, urls } = recordingNavigator();
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000', redirectNavigator: navigator });
    await auth.userManager.storeUser(new User({ access_token: 'a', id_token: 'idt', token_type: 'Bearer', profile: { sub: 'u', iss: AUTHORITY, aud: 'x', exp: 0, iat: 0 }, expires_at: Date.now() / 1000 + 3600 }));

    await auth.signOut();

    const url = new URL(urls[0]!);
    expect(`${url.origin}${url.pathname}`).toBe(`${AUTHORITY}/endsession`);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://127.0.0.1:3000/signed-out');
    expect(url.searchParams.get('id_token_hint')).toBe('idt');
    expect(await auth.accessToken()).toBeNull();
  });

  it("with Cognito's endSessionEndpoint, signing out drops the tokens and goes to /logout with client_id and logout_uri", async () => {
    const went: string[] = [];
    const cognito = { ...config, endSessionEndpoint: 'https://acme-auth.auth.us-east-1.amazoncognito.com/logout' };
    const auth = new Auth(cognito, { origin: 'https://console.example', navigate: (u) => went.push(u) });
    await auth.userManager.storeUser(new User({ access_token: 'a', id_token: 'idt', token_type: 'Bearer', profile: { sub: 'u', iss: AUTHORITY, aud: 'x', exp: 0, iat: 0 }, expires_at: Date.now() / 1000 + 3600 }));

    await auth.signOut();

    expect(went).toHaveLength(1);
    const url = new URL(went[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://acme-auth.auth.us-east-1.amazoncognito.com/logout');
    expect(url.searchParams.get('client_id')).toBe('benchcrm-console');
    expect(url.searchParams.get('logout_uri')).toBe('https://console.example/signed-out');
    expect(url.searchParams.has('id_token_hint')).toBe(false);
    expect(await auth.accessToken()).toBeNull();
  });

  it('renews with the refresh token a minute before the access token expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const refreshes: URLSearchParams[] = [];
      const discovery = vi.mocked(fetch).getMockImplementation()!;
      vi.mocked(fetch).mockImplementation(async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url === `${AUTHORITY}/token`) {
          refreshes.push(new URLSearchParams(String(init?.body)));
          return json({ access_token: 'renewed', refresh_token: 'rt-2', token_type: 'Bearer', expires_in: 3600 });
        }
        return discovery(input, init);
      });
      const auth = new Auth(config, { origin: 'http://127.0.0.1:3000' });
      const now = Math.floor(Date.now() / 1000);
      await auth.userManager.storeUser(new User({ access_token: 'old', refresh_token: 'rt-1', token_type: 'Bearer', profile: { sub: 'u', iss: AUTHORITY, aud: 'benchcrm-console', exp: now + 120, iat: now }, expires_at: now + 120 }));
      await auth.userManager.getUser(); // arms the expiry timers, as at start

      await vi.advanceTimersByTimeAsync(65_000); // 55 s left: inside the 60 s notification window

      await vi.waitFor(() => expect(refreshes).toHaveLength(1));
      expect(refreshes[0]!.get('grant_type')).toBe('refresh_token');
      expect(refreshes[0]!.get('refresh_token')).toBe('rt-1');
      await vi.waitFor(async () => expect(await auth.accessToken()).toBe('renewed'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('renews silently before expiry', () => {
    const auth = new Auth(config, { origin: 'http://127.0.0.1:3000' });
    expect(auth.userManager.settings.automaticSilentRenew).toBe(true);
    expect(auth.userManager.settings.accessTokenExpiringNotificationTimeInSeconds).toBe(60);
    expect(auth.userManager.settings.silent_redirect_uri).toBe('http://127.0.0.1:3000/auth/silent');
  });
});

describe('session claims', () => {
  it('reads tenant and roles from the access token the API verifies', () => {
    const token = jwt({ sub: 'u-1', tenant_id: '0193f7a2-5b3c-7d4e-8f60-123456789abc', tenant: 'acme', roles: ['Recruiter'], email: 'r@acme.example' });
    const session = toSession(new User({ access_token: token, token_type: 'Bearer', profile: { sub: 'u-1', iss: AUTHORITY, aud: 'x', exp: 0, iat: 0, name: 'Riley' } }));
    expect(session).toMatchObject({ subject: 'u-1', displayName: 'Riley', tenantSlug: 'acme', roles: ['Recruiter'], tenantId: '0193f7a2-5b3c-7d4e-8f60-123456789abc' });
  });

  it('survives a token that is not a JWT', () => {
    expect(decodeJwtPayload('opaque')).toEqual({});
    expect(decodeJwtPayload('a.%%%.c')).toEqual({});
  });

  it('returns only to paths of this console', () => {
    expect(safeReturnTo('/inbox/1')).toBe('/inbox/1');
    expect(safeReturnTo('//evil.example/x')).toBe('/');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('/auth/callback?code=x')).toBe('/');
  });
});
