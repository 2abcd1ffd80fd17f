import { fileURLToPath as __toPath } from 'node:url';
const __here = __toPath(new URL('.', import.meta.url));
import { writeFileSync } from 'node:fs';
import { consoleConfigOfStack, expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

/**
 * The recruiter's day in the real console, in Chromium, against the real embedded stack with the
 * demo tenant: every screen is also checked with axe-core and kept as a screenshot.
 */
const requirementRows = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Requirements list' }).getByRole('link');

test('the demo inbox lists the vendor requirements with their extracted fields', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect.poll(() => requirementRows(page).count()).toBeGreaterThanOrEqual(50);
  // A mailed requirement (the demo's sample vendor mail) is there with its fields.
  await expect(requirementRows(page).filter({ hasText: 'QA Automation Engineer' }).first()).toBeVisible();

  await page.getByLabel('Work mode').selectOption('REMOTE');
  const summary = page.getByText(/^\d+ of \d+$/);
  await expect(summary).toBeVisible();
  const [shown, total] = (await summary.textContent())!.split(' of ').map(Number) as [number, number];
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(requirementRows(page)).toHaveCount(shown);
  for (const row of await requirementRows(page).all()) await expect(row).toContainText('Remote');
  await page.getByLabel('Work mode').selectOption('');

  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'inbox');
});

test('a requirement shows its ranked consultants with each factor as a bar', async ({ page }) => {
  await page.goto('/inbox');
  await requirementRows(page).filter({ hasText: 'QA Automation Engineer' }).first().click();
  await expect(page).toHaveURL(/\/inbox\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /QA Automation Engineer/ })).toBeVisible();

  const first = page.getByRole('article', { name: /^#1(?!\d)/ });
  await expect(first).toBeVisible();
  await expect(first.getByText('uncalibrated').first()).toBeVisible();
  const meters = first.getByRole('meter');
  // skills, location, rate, seniority, history, availability and role (the title fit, issue 14)
  await expect(meters).toHaveCount(7);
  const skills = first.getByRole('meter', { name: 'Skills contribution' });
  const now = Number(await skills.getAttribute('aria-valuenow'));
  const max = Number(await skills.getAttribute('aria-valuemax'));
  expect(now).toBeGreaterThan(0);
  expect(now).toBeLessThanOrEqual(max);
  expect(await skills.getAttribute('aria-valuetext')).toMatch(/required skill/);
  // The factor contributions add up to the score shown.
  let sum = 0;
  for (const m of await meters.all()) sum += Number(await m.getAttribute('aria-valuenow'));
  const score = Number(await first.locator('dt:text-is("Score") + dd').textContent());
  expect(Math.abs(sum - score)).toBeLessThan(0.011);

  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'requirement');
});

test('rejecting a consultant with a reason removes them from the next ranking', async ({ page }) => {
  await page.goto('/inbox');
  await requirementRows(page).filter({ hasText: 'Python Developer' }).first().click();
  const cards = page.getByRole('article', { name: /^#\d+/ });
  await expect(cards.first()).toBeVisible();
  const second = cards.nth(1);
  const name = (await second.getByRole('heading').getByRole('link').textContent())!.trim();

  await second.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: `Reject ${name}` });
  await dialog.getByLabel('Reason').fill('Only wants remote roles');
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'reject-dialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(second.getByText('Rejected: Only wants remote roles')).toBeVisible();

  await page.getByRole('button', { name: 'Re-rank' }).click();
  await expect(page.getByText(/Ranked again: .* rejected left out/)).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(name) })).toHaveCount(0);
  await expect(page.getByText(/Ranked on request/)).toBeVisible();
});

test('two resumes dropped on the bench are imported and found in it', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const resume = (first: string, last: string, skills: string) =>
    `${first} ${last}\n${first.toLowerCase()}.${last.toLowerCase()}+${stamp}@example.com\n(555) 010-2000\nSenior Kotlin Developer\nDenver, CO\nUS Citizen\n\nSUMMARY\n9 years building backend services.\n\nSKILLS\n${skills}\n`;
  await page.goto('/bench');
  await expect(page.getByRole('heading', { name: 'Bench' })).toBeVisible();
  await page.locator('input[type=file]').setInputFiles([
    { name: 'zebediah-quartermaine.txt', mimeType: 'text/plain', buffer: Buffer.from(resume('Zebediah', 'Quartermaine', 'Kotlin, Ktor, PostgreSQL, Kafka')) },
    { name: 'ysolde-villanueva.txt', mimeType: 'text/plain', buffer: Buffer.from(resume('Ysolde', 'Villanueva', 'Kotlin, Spring Boot, AWS')) },
  ]);
  const progress = page.getByRole('progressbar', { name: 'Resumes imported' });
  await expect(progress).toHaveAttribute('aria-valuemax', '2');
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  const results = page.getByRole('list', { name: 'Import results' });
  await expect(results.getByText('created')).toHaveCount(2);
  await keepScreenshot(page, 'bench-import');

  // The consultants the API made (named as the extractor read them) are on the bench, newest first.
  const names = (await results.getByRole('link').allTextContents()).map((n) => n.trim());
  expect(names).toHaveLength(2);
  const list = page.getByRole('list', { name: 'Consultants list' });
  for (const name of names) await expect(list.getByText(name, { exact: true })).toBeVisible();
  await list.getByText(names[0]!, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: names[0] })).toBeVisible();
  await expect(page.getByText('Kotlin', { exact: true })).toBeVisible();
  await expect(page.getByRole('article').getByText('Denver, CO', { exact: true })).toBeVisible();
});

test('hybrid search finds consultants, and the command palette jumps to one', async ({ page }) => {
  await page.goto('/bench');
  await page.getByRole('searchbox', { name: 'Search the bench' }).fill('selenium test automation');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  // Only consultants free within two months: the hard filters leave out those on a project.
  await page.getByLabel('Available by').fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
  await expect(page).toHaveURL(/availableBy=/);
  await expect(page).toHaveURL(/q=selenium/);
  const hits = page.getByRole('list', { name: 'Consultants list' }).getByRole('link');
  await expect(hits.first()).toBeVisible();
  expect(await hits.count()).toBeGreaterThan(0);
  await expect(page.getByText(/\d+ found/)).toBeVisible();
  await hits.first().click();
  await expect(page.getByRole('heading', { name: 'Best open requirements' })).toBeVisible();
  await expect(page.getByRole('meter').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'bench');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Jump to or search' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('kubernetes');
  await expect(palette.getByRole('option').filter({ hasText: /./ }).nth(2)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'command-palette');
  await palette.getByRole('option', { name: /Search the bench for/ }).click();
  await expect(page).toHaveURL(/\/bench\?q=kubernetes/);
});

test('changing a weight changes the ranking preview at once', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Matching weights' })).toBeVisible();
  await page.getByLabel('Requirement', { exact: true }).selectOption({ label: 'QA Automation Engineer' });
  const scores = page.getByTestId('preview-score');
  await expect(scores.first()).toBeVisible();
  const before = await scores.allTextContents();

  const location = page.getByRole('slider', { name: 'Location weight' });
  const saved = (await page.getByTestId('weight-location').textContent())!;
  await location.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
  await expect(page.getByTestId('weight-location')).not.toHaveText(saved);
  await expect.poll(() => scores.allTextContents()).not.toEqual(before);

  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'settings');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('weight-location')).toHaveText(saved);
});

test('the audit log lists the changes with actor and action', async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await page.getByLabel('Entity').fill('requirement');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('table').getByRole('cell', { name: /^requirement\./ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'audit');
});

test('dark theme and a phone-sized screen (one column, bottom navigation) pass axe too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/inbox');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(requirementRows(page).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main (compact)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'inbox-phone-dark');
  await requirementRows(page).first().click();
  await expect(page.getByRole('link', { name: '← Inbox' })).toBeVisible();
  await expect(page.getByRole('section', { name: 'Requirements' })).toBeHidden().catch(() => {});
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'requirement-phone-dark');
});

test('a 401 from the API sends the user to sign in, PKCE, back to the same screen', async ({ page, baseURL }) => {
  // A token the API refuses (expired in the past): the console must go to the provider.
  await page.addInitScript(() => {
    for (let i = 0; i < window.sessionStorage.length; i++) {
      const k = window.sessionStorage.key(i)!;
      if (k.startsWith('oidc.user:')) {
        const u = JSON.parse(window.sessionStorage.getItem(k)!);
        u.access_token = `${u.access_token.split('.').slice(0, 2).join('.')}.bad-signature`;
        window.sessionStorage.setItem(k, JSON.stringify(u));
      }
    }
  });
  const config = await consoleConfigOfStack(baseURL);
  const authority: string = config?.authority ?? `${baseURL}/oidc-pending`;
  if (!config) {
    await page.route(`${authority}/.well-known/openid-configuration`, (r) =>
      r.fulfill({ json: { issuer: authority, authorization_endpoint: `${authority}/authorize`, token_endpoint: `${authority}/token`, jwks_uri: `${authority}/jwks` } }),
    );
    await page.route(`${authority}/authorize**`, (r) => r.fulfill({ contentType: 'text/html', body: '<html lang="en"><title>Provider</title><h1>Sign in</h1></html>' }));
  }
  await page.goto('/bench?q=java');
  await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/\/authorize\?|login/);
  const url = new URL(page.url());
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('client_id')).toBe('benchcrm-console');
  expect(url.searchParams.get('redirect_uri')).toBe(`${new URL(baseURL).origin}/auth/callback`);
});

test.afterAll(async () => {
  writeFileSync(`${__here}/../test-results/e2e-base-url.txt`, process.env.E2E_BASE_URL ?? '');
});
