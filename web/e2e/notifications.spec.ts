import { expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

test('the bell opens the notifications, and Settings saves the notification preferences', async ({ page }) => {
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Notifications' }).or(page.locator('section#notifications'));
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();

  const threshold = page.getByLabel('Lowest match score that notifies me (%)');
  await expect(threshold).toHaveValue(/\d+/);
  await threshold.fill('82');
  await page.getByLabel('Send me a daily e-mail digest of what I have not read').check();
  await page.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');

  await page.reload();
  await expect(page.getByLabel('Lowest match score that notifies me (%)')).toHaveValue('82');
  await expect(page.getByLabel('Send me a daily e-mail digest of what I have not read')).toBeChecked();

  await page.getByRole('button', { name: /^Notifications/ }).click();
  const panel = page.getByRole('banner').getByRole('region', { name: 'Notifications' });
  await expect(panel.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Notification settings' })).toHaveAttribute('href', '/settings#notifications');
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'notifications');
});

test("the demo's consultants have owners, match notifications reach them, and a submission's link opens that submission", async ({ page, baseURL, token }) => {
  const auth = { authorization: `Bearer ${token}` };
  // The demo deals the bench out over its Admin and two recruiters: this consultant's owner is named on the profile,
  // and the Admin, who owns a third of the bench, is told of the demo requirements that match their consultants.
  const consultants = await (await page.request.get(`${baseURL}/v1/consultants?limit=50`, { headers: auth })).json();
  const consultant = (consultants.items as { id: string; externalId?: string }[]).find((c) => c.externalId?.startsWith('bench-'))!;
  await page.goto(`/bench/${consultant.id}`);
  const owner = page.getByRole('region', { name: 'Owner' }).or(page.locator('section[aria-labelledby=owner-h]'));
  await expect(owner.getByText(/^Owned by (.+@example\.com|Jordan Avery|Riley Chen|Sam Ortiz)/).first()).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Change owner' })).toBeVisible();
  await expect
    .poll(
      async () => {
        const list = await (await page.request.get(`${baseURL}/v1/notifications?limit=100`, { headers: auth })).json();
        return (list.items as { kind: string }[]).filter((n) => n.kind === 'REQUIREMENT_MATCH').length;
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(0);

  // A submission's notification links to /pipeline?submission=<id>: the board opens with that submission's detail.
  const submissions = await (await page.request.get(`${baseURL}/v1/submissions?status=SUBMITTED&limit=1`, { headers: auth })).json();
  const submission = submissions.items[0] ?? (await (await page.request.get(`${baseURL}/v1/submissions?limit=1`, { headers: auth })).json()).items[0];
  await page.goto(`/pipeline?submission=${submission.id}`);
  const detail = page.getByRole('region', { name: 'Submission' });
  await expect(detail.getByRole('heading', { name: 'History' })).toBeVisible();
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toBeHidden();
  await expect(page).toHaveURL(/\/pipeline$/);
});
