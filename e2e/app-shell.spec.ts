import { expect, test } from '@playwright/test';

test('the shell navigates client-side and answers unknown paths with a not-found page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('TopSmile');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinic settings' }).click();
  await expect(page).toHaveURL(/\/settings\/clinic$/);
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();

  // A deep link the server does not know must still reach the app (SPA fallback), which says so.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
