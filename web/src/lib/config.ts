/**
 * The console's settings, read once at start from `GET /console-config.json` on its own origin, so
 * one build runs against any stack: the embedded one (its own OpenID provider) or AWS (Cognito).
 *
 * ```json
 * {"authority": "http://127.0.0.1:3000/oidc", "clientId": "benchcrm-console",
 *  "scope": "openid profile email", "ingestDomain": "ingest.localhost"}
 * ```
 */
export interface ConsoleConfig {
  /** The OpenID provider's issuer URL (its discovery document is under it). */
  authority: string;
  clientId: string;
  scope: string;
  /** Vendors mail requirements to `<tenant-slug>@<ingestDomain>`. */
  ingestDomain: string;
  /**
   * Cognito's hosted `/logout` (its discovery document names no end-session endpoint): signing out
   * goes there with `client_id` and `logout_uri`. Absent: the provider's discovered endpoint.
   */
  endSessionEndpoint?: string;
}

export class ConsoleConfigException extends Error {}

export async function loadConsoleConfig(fetchImpl: typeof fetch = fetch): Promise<ConsoleConfig> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('/console-config.json', window.location.origin), {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
  } catch (e) {
    throw new ConsoleConfigException(`The console settings could not be read: ${String(e)}`);
  }
  if (!response.ok) {
    throw new ConsoleConfigException(`The console settings could not be read (/console-config.json answered ${response.status}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  return parseConsoleConfig(body);
}

export function parseConsoleConfig(body: unknown): ConsoleConfig {
  if (typeof body !== 'object' || body === null) {
    throw new ConsoleConfigException('/console-config.json is not a JSON object.');
  }
  const o = body as Record<string, unknown>;
  const missing = ['authority', 'clientId'].filter((k) => typeof o[k] !== 'string' || (o[k] as string).length === 0);
  if (missing.length > 0) {
    throw new ConsoleConfigException(`/console-config.json lacks ${missing.join(' and ')}.`);
  }
  return {
    authority: o.authority as string,
    clientId: o.clientId as string,
    scope: typeof o.scope === 'string' && o.scope ? o.scope : 'openid profile email',
    ingestDomain: typeof o.ingestDomain === 'string' && o.ingestDomain ? o.ingestDomain : 'ingest.localhost',
    ...(typeof o.endSessionEndpoint === 'string' && /^https?:\/\//.test(o.endSessionEndpoint) ? { endSessionEndpoint: o.endSessionEndpoint } : {}),
  };
}
