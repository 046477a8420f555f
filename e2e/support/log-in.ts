import { expect, type Page } from '@playwright/test';
import { adminEmail, adminName, adminPassword } from '../fixtures.ts';

/** Fills and sends the login form; the caller checks where it leads. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Logs in through the form and waits for the signed-in shell (the user menu shows the name). */
export async function logIn(page: Page, email: string, password: string, name: string): Promise<void> {
  await submitLogin(page, email, password);
  await expect(userMenuButton(page, name)).toBeVisible();
}

export function logInAsAdmin(page: Page): Promise<void> {
  return logIn(page, adminEmail, adminPassword, adminName);
}

export function userMenuButton(page: Page, name: string) {
  return page.getByRole('banner').getByRole('button', { name });
}

export async function logOut(page: Page, name: string): Promise<void> {
  await userMenuButton(page, name).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('You have logged out.')).toBeVisible();
}
