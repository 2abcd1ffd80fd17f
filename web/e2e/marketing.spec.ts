import { expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

/**
 * The Marketing area on the demo stack: the tenant's postal address, a hot list and its preview, a
 * distribution list of demo vendor contacts with consent recorded through the console, a draft,
 * its approval, and the mail in Sent mail.
 */
test('postal address, hot list, distribution list with consent, draft, approval, sent mail', async ({ page }) => {
  const stamp = Date.now();
  const hotListName = `E2E hot list ${stamp}`;
  const listName = `E2E vendors ${stamp}`;

  // The postal address every mail carries (without it nothing can be sent).
  await page.goto('/settings');
  const settings = page.getByRole('form', { name: 'Marketing settings' });
  await settings.getByLabel('Postal address').fill('100 Main Street, Suite 200, Austin, TX 78701, USA');
  await settings.getByLabel('Sender name').fill('Demo Bench Sales');
  await settings.getByLabel('Daily send cap').fill('500');
  await settings.getByRole('button', { name: 'Save marketing settings' }).click();
  await expect(settings.getByText(/^Saved by /)).toBeVisible();

  // A hot list of two hand-picked consultants, and its preview.
  await page.goto('/marketing');
  await expect(page.getByRole('heading', { name: 'Marketing', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New hot list' }).click();
  const hotForm = page.getByRole('form', { name: 'New hot list' });
  await hotForm.getByLabel('Name').fill(hotListName);
  const picks = hotForm.getByRole('group', { name: /Hand-picked consultants/ }).getByRole('checkbox');
  await picks.nth(0).check();
  await picks.nth(1).check();
  await hotForm.getByRole('button', { name: 'Save hot list' }).click();
  await page.getByRole('button', { name: `Preview ${hotListName}` }).click();
  await expect(page.getByTitle('Hot list mail (HTML)')).toBeVisible();
  await expect(page.getByText(/^[0-9]+ consultants?/)).toBeVisible();
  await page.getByText('Plain text', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Hot list mail (plain text)' })).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'marketing-hot-list');

  // A distribution list of two demo vendor contacts; consent recorded for the first one.
  await page.getByRole('button', { name: 'Distribution lists' }).click();
  await page.getByRole('button', { name: 'New distribution list' }).click();
  const dlForm = page.getByRole('form', { name: 'New distribution list' });
  await dlForm.getByLabel('Name').fill(listName);
  await dlForm.getByLabel(/Skill focus/).fill('Java, AWS');
  await dlForm.getByLabel('Region').fill('Texas');
  await dlForm.getByLabel('Tier').selectOption('TIER_1');
  const contacts = dlForm.getByRole('group', { name: /Contacts/ }).getByRole('checkbox');
  await contacts.nth(0).check();
  await contacts.nth(1).check();
  await dlForm.getByRole('button', { name: 'Create list' }).click();
  const table = page.getByRole('table', { name: `Contacts of ${listName} and their consent` });
  const first = table.getByRole('row').nth(1);
  await expect(first.getByText('no consent')).toBeVisible();
  const email = (await first.locator('td').first().locator('span').first().textContent())!.trim();
  expect(email).toContain('@');
  await first.getByRole('button', { name: /^Record consent for / }).click();
  await first.getByLabel('Note').fill('Asked for our hot list by phone');
  await first.getByRole('button', { name: 'Save consent' }).click();
  await expect(first.getByText(/^Opt in since /)).toBeVisible();
  await expect(table.getByRole('row').nth(2).getByText('no consent')).toBeVisible();
  // toasts in a row ("List created", "Consent recorded"): close buttons large enough to tell apart (WCAG 2.5.8)
  const closeButtons = page.locator('[data-sonner-toast] [data-close-button]');
  await expect(closeButtons.first()).toBeVisible();
  for (const close of await closeButtons.all()) {
    const box = await close.boundingBox();
    expect(box?.width ?? 24).toBeGreaterThanOrEqual(24);
    expect(box?.height ?? 24).toBeGreaterThanOrEqual(24);
  }
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'marketing-distribution-list');

  // The draft of the hot list for the list, read and approved: one mail (the consented contact).
  await page.getByRole('button', { name: 'Drafts' }).click();
  await page.getByLabel('Hot list').selectOption({ label: hotListName });
  await page.getByLabel('Distribution list').selectOption({ label: listName });
  await page.getByRole('button', { name: 'Draft the mail' }).click();
  const text = page.getByRole('region', { name: /^Text of / });
  await expect(text).toHaveCount(1);
  await expect(text).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'marketing-draft');
  await page.getByRole('button', { name: 'Approve and send' }).click();
  await expect(page.getByText(/^Approved: 1 mail queued, 1 skipped/)).toBeVisible();
  await expect(page.getByText('No drafts awaiting approval')).toBeVisible();

  // In Sent mail, the mail to the consented contact.
  await page.getByRole('button', { name: 'Sent mail' }).click();
  const sent = page.getByRole('table', { name: 'Sent mail' });
  await expect(sent.getByRole('row').filter({ hasText: email })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'marketing-sent');
});

/**
 * The submission mail to the vendor from a demo submission (the demo records a signed RTR at the bill rate for
 * each history submission and names the vendor contact it went to): drafted from the template on the pipeline,
 * opened in Marketing → Drafts, approved, and its one recipient in the approved draft's per-recipient list.
 */
test("a demo submission's mail to the vendor: drafted from the template, approved, its recipient listed", async ({ page }) => {
  // The postal address every mail carries (set again so this test also runs on its own).
  await page.goto('/settings');
  const settings = page.getByRole('form', { name: 'Marketing settings' });
  await settings.getByLabel('Postal address').fill('100 Main Street, Suite 200, Austin, TX 78701, USA');
  await settings.getByLabel('Daily send cap').fill('500');
  await settings.getByRole('button', { name: 'Save marketing settings' }).click();
  await expect(settings.getByText(/^Saved by /)).toBeVisible();

  await page.goto('/pipeline');
  const live = page.getByTestId('submission-card').and(page.locator('[data-status=CLIENT_SUBMITTED], [data-status=SUBMITTED]')).last();
  await expect(live).toBeVisible();
  await live.getByRole('button', { expanded: false }).first().click();
  const detail = page.getByRole('region', { name: 'Submission' });
  await expect(detail.getByLabel('Written by')).toHaveValue('TEMPLATE');
  await detail.getByRole('button', { name: 'Draft mail to vendor' }).click();

  await expect(page).toHaveURL(/\/marketing\?tab=drafts&draft=/);
  const card = page.locator('article[aria-current=true]');
  await expect(card).toContainText('Submission · from the template');
  const facts = card.getByLabel(/^Submission mail /);
  await expect(facts).toContainText(/<[^>]+@[^>]+>/);
  await expect(facts).toContainText('(signed right to represent)');
  const to = /<([^>]+)>/.exec((await facts.textContent())!)![1]!;
  await card.getByRole('button', { name: 'Approve and send' }).click();
  await expect(page.getByText(/^Approved: 1 mail queued/)).toBeVisible();

  // The approved draft stays open on its recipients (the URL names it): one, the vendor contact, queued or sent.
  const approved = page.getByRole('list', { name: 'Approved drafts' }).locator('li[aria-current=true]');
  const recipients = approved.getByRole('table', { name: /^Recipients of Submission/ });
  await expect(recipients.getByRole('row')).toHaveCount(2);
  const row = recipients.getByRole('row').nth(1);
  await expect(row).toContainText(to);
  await expect(row.getByText(/^(queued|sent)$/)).toBeVisible();
  await expect(row.getByText('sent', { exact: true })).toBeVisible({ timeout: 30_000 });
  await approved.getByLabel('Status').selectOption('FAILED');
  await expect(approved.getByText('No recipient is failed.')).toBeVisible();
  await approved.getByLabel('Status').selectOption('');
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'marketing-draft-recipients');
});
