import { test as base, expect } from '@playwright/test';
import { consoleConfigOfStack, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';

/**
 * Sign-in and sign-out through the embedded stack's OpenID provider (issue 13's back-end half:
 * discovery at the stack's origin, sign-in page under /oidc/ choosing tenant, user and role), both
 * mounted on the stack's Jetty edge. The stack must serve /console-config.json: no skip. The other
 * specs sign in with a token of the stack's own issuer to save the round trip.
 */
const test = base.extend<{ baseURL: string }>({ baseURL: async ({}, use) => use(process.env.E2E_BASE_URL!) });

test('sign in through the local provider, land on the inbox, sign out', async ({ page, baseURL }) => {
  const config = await consoleConfigOfStack(baseURL);
  expect(config, 'the stack serves /console-config.json (its OpenID provider on the edge)').not.toBeNull();
  expect(config!.authority).toBe(baseURL);

  await page.goto('/inbox');
  // The provider's own sign-in page: pick the tenant (Continue), then a user and a role (Sign in).
  await page.waitForURL((u) => u.pathname.startsWith('/oidc/') || !u.href.startsWith(baseURL));
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'sign-in');
  const tenant = page.locator('select[name=tenant]');
  if (await tenant.count()) {
    await tenant.selectOption({ label: 'demo' }).catch(() => tenant.selectOption('demo'));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  const user = page.locator('input[type=radio][name=user]').first();
  if (await user.count()) await user.check();
  const role = page.locator('select[name=role]');
  if (await role.count()) await role.selectOption('Admin');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Requirements list' }).getByRole('link').first()).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { name: 'You are signed out of BenchCRM' })).toBeVisible();
  await keepScreenshot(page, 'signed-out');
});
