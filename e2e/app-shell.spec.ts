import { expect, test } from '@playwright/test';
import { adminEmail, adminPassword } from './fixtures.ts';
import { logInAsAdmin } from './support/log-in.ts';
import { screenshot } from './support/screenshot.ts';

test('a signed-out visitor is sent to the login page and returned where they were going', async ({
  page,
}) => {
  await page.goto('/settings/clinic');
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fclinic$/);
  await page.screenshot({ path: screenshot('login') });

  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/settings\/clinic$/);
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();
});

test('the shell navigates client-side and answers unknown paths with a not-found page', async ({ page }) => {
  await logInAsAdmin(page);
  await expect(page.getByRole('banner')).toContainText('TopSmile');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of ['Home', 'Clinic settings', 'Users', 'Audit log', 'Dev mailbox']) {
    await expect(nav.getByRole('link', { name: item }), item).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Clinic settings' }).click();
  await expect(page).toHaveURL(/\/settings\/clinic$/);
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();

  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  // Newest first: this admin's own login is in the trail.
  await expect(page.getByRole('table', { name: 'Audit events' })).toContainText('auth.login');

  // A deep link the server does not know must still reach the app (SPA fallback), which says so.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
