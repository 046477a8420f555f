import { type APIRequestContext, expect } from '@playwright/test';
import { adminEmail, adminPassword } from '../fixtures.ts';

/** An admin access token from the real login endpoint, for set-up calls a test does not exercise. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email: adminEmail, password: adminPassword },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { accessToken } = await response.json();
  return accessToken;
}

type Mail = { id: string; to: string; subject: string; text: string };

/** The link to `/page?token=…` in the newest mail to `to`, read from the development mailbox. */
export async function mailedLink(
  request: APIRequestContext,
  token: string,
  to: string,
  page: string,
): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get('/api/v1/dev/mail?limit=200', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status()).toBe(200);
      const { items } = (await response.json()) as { items: Mail[] };
      const mail = items.find((item) => item.to === to && item.text.includes(`/${page}?token=`));
      link = mail?.text.match(new RegExp(`https?://\\S+/${page}\\?token=[A-Za-z0-9_%-]+`))?.[0];
      return link;
    })
    .toBeTruthy();
  if (!link) throw new Error(`no ${page} link mailed to ${to}`);
  return link;
}
