import { expect, type Page, type Request, test } from '@playwright/test';
import { adminName } from './fixtures.ts';
import { logInAsAdmin, logOut, userMenuButton } from './support/log-in.ts';

const isRefresh = (request: Request) =>
  request.method() === 'POST' && request.url().endsWith('/api/v1/auth/refresh');

/** Answers the first call to each of `paths` with 401, as the server does for an expired token. */
async function expireTokenOnceFor(page: Page, paths: string[]): Promise<void> {
  const pending = new Set(paths);
  await page.route('**/api/v1/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!pending.delete(path)) return route.fallback();
    await route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        code: 'unauthenticated',
      }),
    });
  });
}

test('requests refused for an expired token share one refresh and are retried once', async ({ page }) => {
  await logInAsAdmin(page);
  await expireTokenOnceFor(page, ['/api/v1/users', '/api/v1/security-policy']);
  const refreshes: Request[] = [];
  page.on('request', (request) => {
    if (isRefresh(request)) refreshes.push(request);
  });

  // Client-side navigation: the users page loads both resources at once, and both get a 401.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('table', { name: 'Staff accounts' })).toContainText('admin@e2e.test');
  await expect(page.getByRole('switch', { name: 'Require two-factor for staff' })).toBeVisible();
  expect(refreshes).toHaveLength(1);
});

test('tabs opened together restore the session one refresh at a time', async ({ page, context }) => {
  await logInAsAdmin(page);
  // Each tab restores its session from the shared refresh cookie on load. Were two refreshes
  // to present the same single-use token, the server would revoke the session in all tabs.
  const tabs = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  await Promise.all(tabs.map((tab) => tab.goto('/admin/audit')));
  for (const tab of tabs) {
    await expect(tab.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  }
  await Promise.all(tabs.map((tab) => tab.reload()));
  for (const tab of tabs) {
    await expect(userMenuButton(tab, adminName)).toBeVisible();
  }
});

test('logging out in one tab logs out the others', async ({ page, context }) => {
  await logInAsAdmin(page);
  const other = await context.newPage();
  await other.goto('/admin/users');
  // A new tab restores the session first (a refresh), then loads every account the suite made.
  await expect(userMenuButton(other, adminName)).toBeVisible({ timeout: 15_000 });

  await logOut(page, adminName);
  await expect(other).toHaveURL(/\/login$/);
});
