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
