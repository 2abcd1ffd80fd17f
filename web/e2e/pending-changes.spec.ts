import { expect, expectNoSeriousA11yViolations, keepScreenshot, test } from './fixtures';

/**
 * The pending-changes section of a consultant's profile in the real console against the real
 * stack. A pending change only comes from inbound mail naming an existing consultant (covered end
 * to end by the API's tests); here the two pending-change routes are answered by the test so the
 * screen, its diff and the approval round trip run in Chromium with axe-core, on a demo consultant.
 */
test('a change proposed by mail is shown beside the profile and approved', async ({ page, baseURL, token }) => {
  await page.goto('/bench');
  const first = page.getByRole('list', { name: 'Consultants list' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/bench\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const consultant = await (
    await page.request.get(`${baseURL}/v1/consultants/${id}`, { headers: { authorization: `Bearer ${token}` } })
  ).json();

  let status: 'PENDING' | 'APPROVED' = 'PENDING';
  const change = () => ({
    id: '0193f7a2-6c3d-7d4e-8f60-123456789abd',
    consultantId: id,
    source: 'EMAIL',
    sourceRef: null,
    baseVersion: consultant.version ?? 1,
    proposed: { title: 'Principal Test Engineer', addedSkills: [{ name: 'Playwright' }] },
    changedFields: ['title', 'addedSkills'],
    status,
    proposedBy: 'mail:vendor@example.net',
    createdAt: '2026-12-05T09:00:00.000000Z',
    decidedBy: status === 'APPROVED' ? 'e2e' : null,
    decidedAt: status === 'APPROVED' ? '2026-12-06T09:00:00.000000Z' : null,
    decisionReason: null,
  });
  await page.route(`**/v1/consultants/${id}/pending-changes`, (route) => route.fulfill({ json: { items: [change()] } }));
  await page.route(`**/v1/consultants/${id}/pending-changes/*/approve`, (route) => {
    status = 'APPROVED';
    return route.fulfill({ json: consultant });
  });
  await page.reload();

  const section = page.getByRole('region', { name: /Pending changes/ });
  await expect(section).toBeVisible();
  await expect(section.getByText('1 to review')).toBeVisible();
  const title = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Title' }) });
  await expect(title).toContainText('Principal Test Engineer');
  if (consultant.title) await expect(title).toContainText(consultant.title);
  await expectNoSeriousA11yViolations(page);
  await keepScreenshot(page, 'pending-changes');

  await section.getByRole('button', { name: 'Approve' }).click();
  await expect(section.getByText(/Approved by e2e/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Approve' })).toHaveCount(0);
});
