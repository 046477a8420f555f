import { expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';
import { logInAsAdmin, logOut, submitLogin, userMenuButton } from './support/log-in.ts';
import { screenshot } from './support/screenshot.ts';
import { uniqueEmail } from './support/unique-email.ts';

const stepSeconds = 30;
const currentStep = () => Math.floor(Date.now() / 1000 / stepSeconds);

test.use({ viewport: { width: 1280, height: 900 } });

// The server refuses a second code from the same 30-second step, so the last login may wait
// for the next step: allow for that on top of the usual time.
test.setTimeout(90_000);

test('a staff member sets up two-factor and then logs in with a recovery code and with the app', async ({
  page,
}) => {
  const email = uniqueEmail('staff');
  const name = `Sam Staff ${email.slice(6, 14)}`;
  const password = 'quartz enamel lantern 2026 orbit';

  // The administrator creates the account with a password.
  await logInAsAdmin(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  // The users page lists every account the whole suite has made by now: give it time.
  await expect(page.getByRole('switch', { name: 'Require two-factor for staff' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Add user' }).click();
  const drawer = page.getByRole('dialog', { name: 'Add a staff member' });
  await drawer.getByRole('textbox', { name: 'Name' }).fill(name);
  await drawer.getByRole('textbox', { name: 'Email' }).fill(email);
  await drawer.getByRole('checkbox', { name: 'Set a password now instead of sending an invitation' }).check();
  await drawer.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await drawer.getByRole('button', { name: 'Create user' }).click();
  await expect(drawer).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('combobox', { name: `Role of ${name}` })).toHaveValue('Staff');
  await page.screenshot({ path: screenshot('users-admin') });
  await logOut(page, 'Administrator');

  // The staff member logs in and sets up two-factor on the account page.
  await submitLogin(page, email, password);
  await userMenuButton(page, name).click();
  await page.getByRole('menuitem', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Set up two-factor' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = await page.getByRole('textbox', { name: 'Secret key' }).inputValue();
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await page.screenshot({ path: screenshot('account-two-factor'), fullPage: true });

  await page.getByRole('textbox', { name: 'Authentication code' }).fill(await generate({ secret }));
  const enrolledInStep = currentStep();
  await page.getByRole('button', { name: 'Confirm' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent()) ?? '';
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByRole('button', { name: 'Turn off two-factor' })).toBeVisible();
  await logOut(page, name);

  // Second login: the password alone is not enough; a recovery code is accepted once.
  await submitLogin(page, email, password);
  const code = page.getByRole('textbox', { name: 'Authentication code' });
  await expect(code).toBeVisible();
  await code.fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(code).toHaveAccessibleDescription(/That code is not valid/);
  await page.screenshot({ path: screenshot('login-two-factor') });
  await code.fill(recoveryCode);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await logOut(page, name);

  // Third login with the authenticator app, from a later step than the one used to enrol.
  await submitLogin(page, email, password);
  await expect(code).toBeVisible();
  await waitForStepAfter(page, enrolledInStep);
  await code.fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(userMenuButton(page, name)).toBeVisible();
});

async function waitForStepAfter(page: Page, step: number): Promise<void> {
  const waitMs = (step + 1) * stepSeconds * 1000 - Date.now();
  // A little margin: the server reads its own clock a moment later than this test.
  if (waitMs > 0) await page.waitForTimeout(waitMs + 250);
}
