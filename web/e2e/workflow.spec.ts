import { expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

/**
 * The workflow screens against the real embedded stack: the demo's generated 90-day pipeline
 * history gives the board, the interviews and the KPIs something to show.
 */
test('the pipeline board moves a submission along a legal transition, and an interview downloads as .ics', async ({ page }) => {
  await page.goto('/pipeline');
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 1 })).toBeVisible();
  const cards = page.getByTestId('submission-card');
  await expect(cards.first()).toBeVisible();

  // A SUBMITTED card offers exactly the API's plain moves; moving it to "Client submitted" works.
  const submitted = cards.and(page.locator('[data-status=SUBMITTED]')).first();
  await expect(submitted).toBeVisible();
  const move = submitted.getByLabel(/^Move .* to$/);
  await expect(move.locator('option')).toHaveText(['Move to…', 'Client submitted', 'Rejected', 'Withdrawn', 'On hold']);
  const label = (await move.getAttribute('id'))!;
  await move.selectOption('CLIENT_SUBMITTED');
  await submitted.getByRole('button', { name: 'Move' }).click();
  await expect(page.locator(`[data-status=CLIENT_SUBMITTED] #${label.replace(/([^\w-])/g, '\\$1')}`)).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'pipeline');

  // An interviewing submission: its detail lists the rounds, each with its calendar file.
  const interviewing = cards.and(page.locator('[data-status=INTERVIEWING]')).first();
  await interviewing.getByRole('button', { expanded: false }).first().click();
  const detail = page.getByRole('region', { name: 'Submission' });
  await expect(detail.getByRole('heading', { name: 'History' })).toBeVisible();
  const ics = detail.getByRole('button', { name: /Calendar \(\.ics\)/ }).first();
  await expect(ics).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), ics.click()]);
  expect(download.suggestedFilename()).toMatch(/^interview-\d+\.ics$/);
  const body = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(body).toString()).toContain('BEGIN:VCALENDAR');
});

test('submit from a recommendation on the requirement screen, with its sources and activity', async ({ page }) => {
  await page.goto('/inbox');
  await page.getByRole('list', { name: 'Requirements list' }).getByRole('link').filter({ hasText: 'QA Automation Engineer' }).first().click();
  const first = page.getByRole('article', { name: /^#1(?!\d)/ });
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: /^Submit / }).click();
  await expect(first.getByRole('status')).toHaveText(/Draft submission created\.|Already submitted to this requirement\./);

  await expect(page.getByRole('heading', { name: /^Sources/ })).toBeVisible();
  await expect(page.getByTestId('requirement-source').first()).toBeVisible();

  const note = `Vendor call ${Date.now()}`;
  await page.getByLabel('Subject').fill(note);
  await page.getByLabel('Note').fill('Client wants Selenium and Playwright; onsite twice a week.');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await expect(page.getByRole('list', { name: 'Timeline, newest first' }).getByText(note)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'requirement-sources-activity');

  // The draft is on the board.
  await first.getByRole('link', { name: 'Open the pipeline' }).click();
  await expect(page.getByTestId('submission-card').and(page.locator('[data-status=DRAFT]')).first()).toBeVisible();
});

test('the dashboard shows the KPIs of the demo history, grouped by vendor, on a phone too', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const figures = page.getByLabel('Key figures');
  await expect(figures.getByText('Submittal to interview')).toBeVisible();
  await expect(figures).toContainText(/\d+ of \d+/);
  await expect(page.getByRole('table', { name: 'Vendor scorecards' }).getByRole('row').nth(1)).toBeVisible();
  await page.getByLabel('Group by').selectOption('vendor');
  await expect(page.getByRole('table', { name: 'Funnel by vendor' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'dashboard');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.getByRole('navigation', { name: 'Main (compact)' }).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'dashboard-phone-dark');
});

test('companies: a vendor with its contacts, a note on its timeline, and tags on a consultant', async ({ page }) => {
  await page.goto('/companies');
  await expect(page.getByRole('heading', { name: 'Companies', level: 1 })).toBeVisible();
  await page.getByLabel('Filter by kind').selectOption('VENDOR');
  const list = page.getByRole('list', { name: 'Companies list' });
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  const note = `Rate call ${Date.now()}`;
  await page.getByLabel('Subject').fill(note);
  await page.getByRole('button', { name: 'Log activity' }).click();
  await expect(page.getByRole('list', { name: 'Timeline, newest first' }).getByText(note)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'companies');

  await page.goto('/bench');
  await page.getByRole('list', { name: /consultants/i }).getByRole('link').first().click().catch(async () => {
    await page.locator('a[href^="/bench/"]').first().click();
  });
  await expect(page).toHaveURL(/\/bench\/[0-9a-f-]{36}$/);
  const tag = `e2e-${Date.now() % 100000}`;
  await page.getByLabel('New tag').fill(tag);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'consultant-tags');
});
