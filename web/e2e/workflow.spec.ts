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

  // A CLIENT_SUBMITTED card offers exactly the API's plain moves; moving it to "Interviewing" works.
  // (The demo's generated history has moved every live submission past SUBMITTED.)
  const clientSubmitted = cards.and(page.locator('[data-status=CLIENT_SUBMITTED]')).first();
  await expect(clientSubmitted).toBeVisible();
  const move = clientSubmitted.getByLabel(/^Move .* to$/);
  await expect(move.locator('option')).toHaveText(['Move to…', 'Interviewing', 'Rejected', 'Withdrawn', 'On hold']);
  const label = (await move.getAttribute('id'))!;
  const moved = `#${label.replace(/([^\w-])/g, '\\$1')}`;
  await move.selectOption('INTERVIEWING');
  await clientSubmitted.getByRole('button', { name: 'Move' }).click();
  await expect(page.locator(`[data-status=INTERVIEWING] ${moved}`)).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'pipeline');

  // An interviewing submission of the demo (not the one just moved, which has no rounds): its detail
  // lists the rounds, each with its calendar file.
  const interviewing = cards.and(page.locator('[data-status=INTERVIEWING]')).filter({ hasNot: page.locator(moved) }).first();
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

test('a draft goes to placement from the card detail: terms, an RTR, submit, an interview, an offer, the placement', async ({ page }) => {
  // A draft from the second-ranked consultant of a demo requirement (the first is the test above's).
  await page.goto('/inbox');
  await page.getByRole('list', { name: 'Requirements list' }).getByRole('link').filter({ hasText: 'QA Automation Engineer' }).first().click();
  const second = page.getByRole('article', { name: /^#2(?!\d)/ });
  const submit = second.getByRole('button', { name: /^Submit / });
  const consultant = (await submit.getAttribute('aria-label'))!.replace(/^Submit /, '');
  await submit.click();
  await expect(second.getByRole('status')).toHaveText(/Draft submission created\./);

  await page.goto('/pipeline');
  const card = page.getByTestId('submission-card').filter({ hasText: consultant }).filter({ hasText: 'QA Automation Engineer' });
  await expect(card).toHaveAttribute('data-status', 'DRAFT');
  await card.getByRole('button', { expanded: false }).first().click();
  const detail = page.getByRole('region', { name: 'Submission' });

  // Terms: the vendor and both rates (a draft from a recommendation has none).
  await detail.getByRole('button', { name: 'Set the vendor and rates' }).click();
  const terms = detail.getByRole('form', { name: 'Vendor and rates' });
  await expect(terms.getByLabel('Vendor').locator('option')).not.toHaveCount(1);
  await terms.getByLabel('Vendor').selectOption({ index: 1 });
  await terms.getByRole('group', { name: 'Bill rate' }).getByLabel('Amount').fill('90');
  await terms.getByRole('group', { name: 'Pay rate' }).getByLabel('Amount').fill('60');
  await terms.getByRole('button', { name: 'Save the terms' }).click();
  await expect(terms).toBeHidden();

  // The move to Submitted is refused without an RTR, and passes once one is recorded.
  const move = async (to: string) => {
    await card.getByLabel(/^Move .* to$/).selectOption(to);
    await card.getByRole('button', { name: 'Move' }).click();
  };
  await move('SUBMITTED');
  await expect(card.getByRole('alert')).toContainText('A valid right to represent is needed first');
  await detail.getByRole('button', { name: 'Record an RTR' }).click();
  const rtr = detail.getByRole('form', { name: 'Record an RTR' });
  await expect(rtr.getByLabel('Amount')).toHaveValue('90');
  await rtr.getByLabel('Signed text').fill(`I authorize Demo Staffing to represent me for the QA Automation Engineer role through this vendor at 90 USD per hour.`);
  await rtr.getByRole('button', { name: 'Record the RTR' }).click();
  await expect(detail.getByTestId('rtr').first()).toContainText('valid');
  await move('SUBMITTED');
  const duplicate = card.getByRole('alert').filter({ hasText: 'Possible duplicate' });
  await expect(card.and(page.locator('[data-status=SUBMITTED]')).or(duplicate)).toBeVisible();
  if (await duplicate.isVisible()) {
    await duplicate.getByLabel('Reason for the override').fill('Another role at the client');
    await duplicate.getByRole('button', { name: 'Submit anyway' }).click();
  }
  await expect(card).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(detail.getByText('on file')).toBeVisible();
  await move('CLIENT_SUBMITTED');
  await expect(card).toHaveAttribute('data-status', 'CLIENT_SUBMITTED');

  // An interview a week from now, in this browser's time zone: the card is Interviewing, the round has its .ics.
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await detail.getByRole('button', { name: 'Schedule an interview' }).click();
  const schedule = detail.getByRole('form', { name: 'Schedule an interview' });
  await schedule.getByLabel('Date and time').fill(`${day(inAWeek)}T10:30`);
  await schedule.getByLabel('Mode').selectOption('VIDEO');
  await schedule.getByLabel('Interviewer').fill('Dana Lee');
  await schedule.getByRole('button', { name: 'Schedule' }).click();
  await expect(card).toHaveAttribute('data-status', 'INTERVIEWING');
  await expect(detail.getByTestId('interview')).toContainText(`${day(inAWeek)} 10:30`);
  await detail.getByRole('button', { name: 'Outcome of round 1' }).click();
  await detail.getByLabel('Outcome', { exact: true }).selectOption('PASSED');
  await detail.getByLabel('Feedback').fill('Strong on Selenium and Playwright.');
  await detail.getByRole('button', { name: 'Save outcome' }).click();
  await expect(detail.getByTestId('interview')).toContainText('Passed');

  // The offer (Offered), then the placement (Placed) with the offer's bill rate and the draft's pay rate.
  await detail.getByRole('button', { name: 'Record an offer' }).click();
  const offer = detail.getByRole('form', { name: 'Record an offer' });
  await offer.getByLabel('Start date').fill(day(new Date(Date.now() + 21 * 86_400_000)));
  await offer.getByLabel('Stands until').fill(day(new Date(Date.now() + 10 * 86_400_000)));
  await offer.getByRole('button', { name: 'Record the offer' }).click();
  await expect(card).toHaveAttribute('data-status', 'OFFERED');
  await expect(detail.getByRole('list', { name: 'Offers' })).toContainText('Offer 90 USD/hour');
  await detail.getByRole('button', { name: 'Record the placement' }).click();
  const placement = detail.getByRole('form', { name: 'Record the placement' });
  await placement.getByLabel('End date (empty: open-ended)').fill(day(new Date(Date.now() + 200 * 86_400_000)));
  await placement.getByRole('button', { name: 'Record the placement' }).click();
  await expect(card).toHaveAttribute('data-status', 'PLACED');
  await expect(detail.getByTestId('placement')).toContainText('bill 90 USD/hour, pay 60 USD/hour');
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'pipeline-detail');
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
