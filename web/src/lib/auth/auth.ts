import { UserManager, WebStorageStateStore, type INavigator, type User } from 'oidc-client-ts';
import type { ConsoleConfig } from '@/lib/config';

/**
 * Sign-in with OpenID Connect authorization code + PKCE, done by `oidc-client-ts` (no OAuth code of
 * our own): `signIn` redirects to the provider, `/auth/callback` completes it, tokens are renewed
 * before they expire (refresh token, else a silent iframe on `/auth/silent`), `signOut` ends the
 * provider's session, and a 401 from the API (`handleUnauthorized`) drops the tokens and signs in
 * again, coming back to the same screen.
 *
 * ```ts
 * const auth = new Auth(await loadConsoleConfig());
 * const session = await auth.currentSession();   // null: call auth.signIn()
 * ```
 */
export interface Session {
  accessToken: string;
  subject: string;
  /** What to call the user: name, else e-mail, else subject. */
  displayName: string;
  email?: string;
  tenantId?: string;
  /** The tenant's slug (`tenant` claim), which names its ingest address. */
  tenantSlug?: string;
  roles: string[];
  /** Seconds since the epoch. */
  expiresAt?: number;
}

export interface AuthOptions {
  /** Where the console is served; defaults to this page's origin. */
  origin?: string;
  /** Replaces the browser redirect (tests). */
  redirectNavigator?: INavigator;
  /** Where tokens are kept; defaults to sessionStorage (gone with the tab). */
  store?: Storage;
  /** Where the console goes after a sign-in or sign-out redirect; defaults to `window.location.assign`. */
  navigate?: (url: string) => void;
  now?: () => number;
}

/** Two 401s within this many ms of a fresh sign-in mean the API refuses our tokens: stop redirecting. */
export const SIGN_IN_LOOP_WINDOW_MS = 15_000;
const LAST_SIGN_IN_KEY = 'benchcrm.console.lastSignIn';

export class SignInLoopException extends Error {
  constructor() {
    super('The API refused the tokens of a sign-in that just happened. Is the console configured with the issuer the API trusts?');
  }
}

interface ReturnState {
  returnTo: string;
}

export class Auth {
  readonly userManager: UserManager;
  private readonly origin: string;
  private readonly store: Storage;
  private readonly navigate: (url: string) => void;
  private readonly now: () => number;
  private redirecting = false;

  constructor(readonly config: ConsoleConfig, options: AuthOptions = {}) {
    this.origin = options.origin ?? window.location.origin;
    this.store = options.store ?? window.sessionStorage;
    this.navigate = options.navigate ?? ((url) => window.location.assign(url));
    this.now = options.now ?? (() => Date.now());
    this.userManager = new UserManager(
      {
        authority: config.authority,
        client_id: config.clientId,
        scope: config.scope,
        response_type: 'code',
        redirect_uri: `${this.origin}/auth/callback`,
        silent_redirect_uri: `${this.origin}/auth/silent`,
        post_logout_redirect_uri: `${this.origin}/signed-out`,
        automaticSilentRenew: true,
        accessTokenExpiringNotificationTimeInSeconds: 60,
        userStore: new WebStorageStateStore({ store: this.store }),
        stateStore: new WebStorageStateStore({ store: this.store }),
        loadUserInfo: false,
      },
      options.redirectNavigator,
    );
    // Renewal failed and the token ran out: sign in again rather than fail every call.
    this.userManager.events.addAccessTokenExpired(() => {
      void this.signIn();
    });
  }

  /** The signed-in user, or null when there is none or its token has expired. */
  async currentSession(): Promise<Session | null> {
    const user = await this.userManager.getUser();
    if (!user || user.expired) return null;
    return toSession(user);
  }

  /** The access token to send to the API, or null. */
  async accessToken(): Promise<string | null> {
    const user = await this.userManager.getUser();
    return user && !user.expired ? user.access_token : null;
  }

  /** Redirects to the provider's sign-in; comes back to `returnTo` (default: this screen). */
  async signIn(returnTo: string = currentPath()): Promise<void> {
    if (this.redirecting) return;
    this.redirecting = true;
    try {
      const state: ReturnState = { returnTo: safeReturnTo(returnTo) };
      await this.userManager.signinRedirect({ state });
    } catch (e) {
      this.redirecting = false;
      throw e;
    }
  }

  /** Completes the redirect on `/auth/callback`; answers the path to go back to. */
  async completeSignIn(url?: string): Promise<string> {
    const user = await this.userManager.signinRedirectCallback(url);
    this.store.setItem(LAST_SIGN_IN_KEY, String(this.now()));
    const state = user.state as ReturnState | undefined;
    return safeReturnTo(state?.returnTo ?? '/');
  }

  /** Completes a silent renewal inside the hidden iframe on `/auth/silent`. */
  async completeSilentRenew(url?: string): Promise<void> {
    await this.userManager.signinSilentCallback(url);
  }

  /**
   * Signs out at the provider (ending its session, then back to `/signed-out`); without an
   * end-session endpoint the tokens are dropped here only. With `endSessionEndpoint` in the
   * settings (Cognito's hosted `/logout`, which is not in its discovery document and takes
   * `client_id` and `logout_uri` instead of OpenID's parameters) the tokens are dropped and the
   * browser goes there.
   */
  async signOut(): Promise<void> {
    if (this.config.endSessionEndpoint) {
      await this.userManager.removeUser();
      const url = new URL(this.config.endSessionEndpoint);
      url.searchParams.set('client_id', this.config.clientId);
      url.searchParams.set('logout_uri', `${this.origin}/signed-out`);
      this.navigate(url.toString());
      return;
    }
    const user = await this.userManager.getUser();
    try {
      await this.userManager.signoutRedirect({ id_token_hint: user?.id_token });
    } catch {
      await this.userManager.removeUser();
      this.navigate(`${this.origin}/signed-out`);
    }
  }

  /**
   * The API answered 401: the token is gone, expired or not trusted. Drops it and signs in again,
   * back to this screen. Throws {@link SignInLoopException} right after a sign-in, when signing in
   * again cannot help.
   */
  async handleUnauthorized(): Promise<void> {
    if (this.redirecting) return;
    const last = Number(this.store.getItem(LAST_SIGN_IN_KEY) ?? '0');
    await this.userManager.removeUser();
    if (last > 0 && this.now() - last < SIGN_IN_LOOP_WINDOW_MS) {
      this.store.removeItem(LAST_SIGN_IN_KEY);
      throw new SignInLoopException();
    }
    await this.signIn();
  }
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** Only paths of this console; never `//evil.example` or an absolute URL, never back to a callback. */
export function safeReturnTo(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  if (path.startsWith('/auth/') || path.startsWith('/signed-out')) return '/';
  return path;
}

/** Reads the claims the API uses (tenant, roles) from the access token, for display only: the API verifies it. */
export function toSession(user: User): Session {
  const claims = { ...decodeJwtPayload(user.access_token), ...stripUndefined(user.profile as Record<string, unknown>) };
  const accessClaims = decodeJwtPayload(user.access_token);
  const roles = Array.isArray(accessClaims.roles) ? accessClaims.roles.filter((r): r is string => typeof r === 'string') : [];
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  const name = typeof claims.name === 'string' ? claims.name : undefined;
  const subject = String(claims.sub ?? '');
  return {
    accessToken: user.access_token,
    subject,
    displayName: name ?? email ?? subject,
    email,
    tenantId: typeof accessClaims.tenant_id === 'string' ? accessClaims.tenant_id : undefined,
    tenantSlug: typeof accessClaims.tenant === 'string' ? accessClaims.tenant : undefined,
    roles,
    expiresAt: user.expires_at,
  };
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
