import { expect as baseExpect, test } from '@playwright/test';
import { adminName } from './fixtures.ts';
import { adminToken } from './support/admin-api.ts';
import { logInAsAdmin, submitLogin, userMenuButton } from './support/log-in.ts';
import { uniqueTag } from './support/patients-api.ts';
import { createProvider } from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createProviderUser, createStaffUser } from './support/staff-user.ts';

// Issue 15, "The front desk's first week": setting up and finding one's way.
test.use({ viewport: { width: 1280, height: 900 } });
const expect = baseExpect.configure({ timeout: 10_000 });
test.describe.configure({ timeout: 90_000 });

test('the login page loads without console errors when nobody is signed in', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an account with a printed password goes to the account page first, until it is changed', async ({
  page,
  request,
}) => {
  const user = await createStaffUser(request, await adminToken(request), 'printed');
  // The API test covers who gets the flag (a first admin's generated password); here the
  // login and refresh answers carry it, as they do for such an administrator.
  let changed = false;
  await page.route(/\/api\/v1\/auth\/(login|refresh)$/, async (route) => {
    const response = await route.fetch();
    if (!response.ok() || changed) return route.fulfill({ response });
    const body = { ...(await response.json()), passwordChangeRequired: true };
    return route.fulfill({ response, json: body });
  });
  page.on('request', (sent) => {
    if (sent.url().endsWith('/api/v1/auth/password') && sent.method() === 'POST') changed = true;
  });

  await submitLogin(page, user.email, user.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Choose your own password')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }),
  ).toHaveCount(0);
  await page.goto('/patients');
  await expect(page).toHaveURL(/\/account$/);

  const newPassword = 'violet harbour 2026 compass drum';
  await page.getByLabel('Current password').fill(user.password);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Choose your own password')).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await expect(page).toHaveURL(/\/patients/);
});

test('scheduling setup leads to each provider’s working hours, and offers only free logins', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const linkedLogin = await createProviderUser(request, token, 'linked');
  const freeLogin = await createProviderUser(request, token, 'free');
  const provider = await createProvider(request, token, {
    name: `Dr ${uniqueTag()}`,
    userId: linkedLogin.id,
  });

  await logInAsAdmin(page);
  await page.goto('/settings/scheduling?tab=providers');
  const row = page
    .getByRole('table', { name: 'Providers' })
    .getByRole('row', { name: new RegExp(provider.name) });

  // A new provider is offered the free login, not the one already linked.
  await page.getByRole('button', { name: 'New provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'New provider' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(`Dr ${uniqueTag()}`);
  await dialog.getByLabel('Linked user account').click();
  await expect(page.getByRole('option', { name: new RegExp(freeLogin.email) })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(linkedLogin.email) })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Escape in the colour palette closes the palette, not the dialog with what was typed.
  const colour = dialog.getByRole('textbox', { name: 'Colour code' });
  await colour.click();
  await expect(page.locator('.mantine-ColorInput-dropdown')).toBeVisible();
  await colour.press('Escape');
  await expect(page.locator('.mantine-ColorInput-dropdown')).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).last().click();
  await expect(dialog).toBeHidden();

  // Editing the linked provider keeps its own login on offer.
  await row.getByRole('button', { name: `Edit ${provider.name}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit provider' });
  await expect(edit.getByLabel('Linked user account')).toHaveValue(new RegExp(linkedLogin.email));
  await edit.getByRole('button', { name: 'Cancel' }).last().click();

  await row.getByRole('link', { name: `Working hours of ${provider.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/my-schedule\\?provider=${provider.id}`));
  await expect(page.getByText(`Working hours of ${provider.name}`)).toBeVisible();
});

test.describe('on a 375 px touch phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the header leaves the search its room and shows no keyboard hint', async ({ page }) => {
    await logInAsAdmin(page);
    const header = page.getByRole('banner');
    const search = header.getByRole('combobox', { name: 'Search patients' });
    await expect(search).toBeVisible();
    const box = await search.boundingBox();
    // Before, the name and the title left it about 60 px ("Search p").
    expect(box?.width ?? 0).toBeGreaterThan(180);
    await expect(header.locator('kbd')).toHaveCount(0);
    await expect(userMenuButton(page, adminName)).toBeVisible();
    await page.screenshot({ path: screenshot('header-375') });
  });
});
