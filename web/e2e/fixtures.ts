import { fileURLToPath as __toPath } from 'node:url';
const __here = __toPath(new URL('.', import.meta.url));
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CLIENT_ID = 'benchcrm-console';

/**
 * The console settings the stack serves (with its OpenID provider), or null while it serves none.
 */
export async function consoleConfigOfStack(baseURL: string): Promise<{ authority: string; clientId: string } | null> {
  const r = await fetch(`${baseURL}/console-config.json`).catch(() => null);
  if (!r || !r.ok || !(r.headers.get('content-type') ?? '').includes('json')) return null;
  return (await r.json()) as { authority: string; clientId: string };
}

export const PENDING_AUTHORITY = (baseURL: string) => `${baseURL}/oidc-pending`;

/**
 * Puts a signed-in user where the console keeps it (oidc-client-ts' user record in sessionStorage),
 * with a token of the stack's own issuer (`./benchcrm token`, the demo's Admin). While the stack
 * does not serve /console-config.json (its OpenID provider is not built yet) the page is also given
 * settings naming a placeholder authority. The sign-in spec drives the real provider instead.
 */
export async function signInWithToken(page: Page, baseURL: string, token: string) {
  const served = await consoleConfigOfStack(baseURL);
  const authority = served?.authority ?? PENDING_AUTHORITY(baseURL);
  const clientId = served?.clientId ?? CLIENT_ID;
  if (!served) {
    await page.route('**/console-config.json', (route) =>
      route.fulfill({ json: { authority, clientId, scope: 'openid profile email', ingestDomain: 'ingest.localhost' } }),
    );
  }
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
  const user = {
    access_token: token,
    token_type: 'Bearer',
    scope: 'openid profile email',
    profile: { sub: payload.sub, iss: payload.iss, aud: payload.aud, exp: payload.exp, iat: payload.iat, name: 'Demo Admin' },
    expires_at: payload.exp,
  };
  await page.addInitScript(
    ([key, value]) => {
      // Only the console's own document: a sandboxed frame (the hot list preview) has no storage.
      if (window !== window.top) return;
      if (!window.sessionStorage.getItem(key!)) window.sessionStorage.setItem(key!, value!);
    },
    [`oidc.user:${authority}:${clientId}`, JSON.stringify(user)],
  );
}

/** axe-core on the page as it is: WCAG 2.0-2.2 A and AA rules; serious and critical findings fail. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Toasts still fading in or out (past the visible count, dismissed, not yet mounted) are passing through
  // opacity 0: not content a person reads, and axe would measure their contrast mid-animation. Shown toasts
  // are checked like everything else.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('[data-sonner-toast][data-visible="false"]')
    .exclude('[data-sonner-toast][data-removed="true"]')
    .exclude('[data-sonner-toast][data-mounted="false"]')
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`),
  ).toEqual([]);
}

const SCREENS = join(__here, '..', 'test-results', 'screens');

/** Keeps a screenshot of a screen as test output (`test-results/screens/<name>.png`). */
export async function keepScreenshot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: false });
}

export const test = base.extend<{ baseURL: string; token: string }>({
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL!),
  token: async ({}, use) => use(process.env.E2E_TOKEN!),
  page: async ({ page, baseURL, token }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await signInWithToken(page, baseURL, token);
    await use(page);
    // The console logs no errors on any screen (expected API refusals are shown, not logged).
    // A sandboxed preview frame refusing to run the test's init script is the sandbox working, not an error of the console.
    expect(
      errors.filter(
        (e) =>
          !/Failed to load resource: the server responded with a status of (401|403|404|409|422)/.test(e) &&
          !/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.test(e),
      ),
    ).toEqual([]);
  },
});

export { expect };
