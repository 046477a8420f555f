import { expect, test } from '@playwright/test';
import { logInAsAdmin, logOut, submitLogin, userMenuButton } from './support/log-in.ts';
import { uniqueEmail } from './support/unique-email.ts';

const password = 'lilac molar harbour 2026 crown';

test('a patient signs up, confirms the address from the mailed link, logs in and out', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('patient');

  await page.goto('/register');
  // Client validation with the shared schema: nothing is sent while fields are missing.
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription('Required');

  await page.getByRole('textbox', { name: 'First name' }).fill('Ana');
  await page.getByRole('textbox', { name: 'Last name' }).fill('Ferreira');
  await page.getByLabel('Date of birth').fill('1990-04-12');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Phone' }).fill('+55 11 5555 0101');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // Before confirming, the login explains why it refuses (and offers a new link).
  await submitLogin(page, email, password);
  await expect(page.getByText('Email address not confirmed')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resend confirmation email' })).toBeVisible();

  // The mail, read as an administrator would in the development mailbox (own browser context).
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await logInAsAdmin(adminPage);
  await adminPage
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dev mailbox' })
    .click();
  await adminPage
    .getByRole('row', { name: new RegExp(email) })
    .getByRole('link', { name: 'Confirm your email address for TopSmile' })
    .click();
  const link = adminPage
    .getByRole('article', { name: 'Message' })
    .getByRole('link', { name: /verify-email\?token=/ });
  const verificationUrl = await link.getAttribute('href');
  await adminContext.close();
  expect(verificationUrl).toMatch(/\/verify-email\?token=/);

  await page.goto(verificationUrl ?? '');
  await expect(page.getByRole('heading', { name: 'Email address confirmed' })).toBeVisible();
  await page.getByRole('link', { name: 'Log in' }).click();

  await submitLogin(page, email, password);
  await expect(userMenuButton(page, 'Ana Ferreira')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome, Ana Ferreira' })).toBeVisible();
  // A patient's navigation offers no staff or admin pages, and they are refused when typed in.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Home']);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();

  await logOut(page, 'Ana Ferreira');
  // The session is over on the server too: a reload does not bring it back.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});
