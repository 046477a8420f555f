import { type APIRequestContext, expect } from '@playwright/test';
import { uniqueEmail } from './unique-email.ts';

export type StaffUser = { email: string; name: string; password: string };

/** A front-desk account made through the admin API, with a password so it can log in at once. */
export async function createStaffUser(
  request: APIRequestContext,
  adminToken: string,
  label = 'desk',
): Promise<StaffUser> {
  const email = uniqueEmail(label);
  const user = {
    email,
    name: `Dana Desk ${email.slice(label.length + 1, label.length + 9)}`,
    password: 'granite pelican 2026 harbour lamp',
  };
  const response = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { ...user, role: 'staff' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return user;
}

export type ProviderUser = StaffUser & { id: string };

/** A login with the `provider` role, to link to a provider (POST /providers `userId`). */
export async function createProviderUser(
  request: APIRequestContext,
  adminToken: string,
  label = 'dentist',
): Promise<ProviderUser> {
  const email = uniqueEmail(label);
  const user = {
    email,
    name: `Dr Paula ${email.slice(label.length + 1, label.length + 9)}`,
    password: 'granite pelican 2026 harbour lamp',
  };
  const response = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${adminToken}` },
    data: { ...user, role: 'provider' },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return { ...user, id };
}
