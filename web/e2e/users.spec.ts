import { expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

test('an Admin invites a user, changes the role, deactivates and reactivates it', async ({ page }) => {
  const email = `e2e.${Date.now()}@example.com`;
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Users of the tenant' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();

  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill('Eve Endtoend');
  await page.getByLabel('Role', { exact: true }).selectOption('Recruiter');
  await page.getByRole('button', { name: 'Invite' }).click();
  const row = table.getByRole('row').filter({ hasText: email });
  await expect(row.getByText('invited')).toBeVisible();

  await row.getByLabel('Role of Eve Endtoend').selectOption('Sales');
  await expect(row.getByLabel('Role of Eve Endtoend')).toHaveValue('Sales');
  await row.getByRole('button', { name: 'Deactivate Eve Endtoend' }).click();
  await expect(row.getByText('deactivated')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'users');
  await row.getByRole('button', { name: 'Reactivate Eve Endtoend' }).click();
  await expect(row.getByText('invited')).toBeVisible();

  // An Admin may not invite an Owner: the option is there but disabled.
  await expect(page.getByLabel('Role', { exact: true }).locator('option[value=Owner]')).toBeDisabled();
});
