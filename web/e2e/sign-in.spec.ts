import { test as base, expect } from '@playwright/test';
import { consoleConfigOfStack, expectNoSeriousA11yViolations, keepScreenshot } from './fixtures';

/**
 * Sign-in and sign-out through the embedded stack's OpenID provider (mock-oauth2-server, issue 13's
 * back-end half). WAITING FOR THE PROVIDER: until the stack serves /console-config.json these tests
 * skip with that reason; the other specs sign in with a token of the stack's own issuer meanwhile.
 */
const test = base.extend<{ baseURL: string }>({ baseURL: async ({}, use) => use(process.env.E2E_BASE_URL!) });

test('sign in through the local provider, land on the inbox, sign out', async ({ page, baseURL }) => {
  const config = await consoleConfigOfStack(baseURL);
  test.skip(!config, 'waiting for the embedded OpenID provider: the stack does not serve /console-config.json yet');

  await page.goto('/inbox');
  // The provider's own sign-in page (mock-oauth2-server's interactive login form).
  await page.waitForURL((u) => u.href.startsWith(config!.authority));
  await expectNoSeriousA11yViolations(page).catch(() => {}); // the provider's page is not ours to fix
  await keepScreenshot(page, 'sign-in');
  const username = page.locator('input[name=username]');
  await username.fill('riley@demo.example');
  const claims = page.locator('textarea[name=claims]');
  if (await claims.count()) {
    // The provider adds what the API verifies: the tenant and the roles (as the stack configures them).
    await claims.fill(JSON.stringify({ tenant: 'demo', roles: ['Admin'], name: 'Riley Demo' }));
  }
  await page.locator('input[type=submit], button[type=submit]').first().click();

  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Requirements list' }).getByRole('link').first()).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { name: 'You are signed out of BenchCRM' })).toBeVisible();
  await keepScreenshot(page, 'signed-out');
});
