import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logIn } from './support/log-in.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser } from './support/staff-user.ts';

test.describe('on a 375 px touch phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  for (const language of ['en', 'pt-BR'] as const) {
    test(`the book's toolbar shows every word of its buttons (${language})`, async ({ page, request }) => {
      const staff = await createStaffUser(request, await adminToken(request));
      await logIn(page, staff.email, staff.password, staff.name);
      await page.evaluate((lang) => window.localStorage.setItem('topsmile.language', lang), language);
      await page.goto('/appointments?view=day');
      const today = page.getByRole('button', { name: language === 'en' ? 'Today' : 'Hoje', exact: true });
      await expect(today).toBeVisible();
      await expect(page.getByTestId('book-heading')).toBeVisible();

      // Before, the heading squeezed the button to "Tod".
      const clipped = (selector: string) =>
        page.evaluate((css) => {
          return [...document.querySelectorAll<HTMLElement>(css)]
            .filter((element) => element.scrollWidth > element.clientWidth + 1)
            .map((element) => element.textContent);
        }, selector);
      const fits = await today.evaluate((button) => {
        const label = button.querySelector<HTMLElement>('.mantine-Button-label') ?? button;
        return { scroll: label.scrollWidth, client: label.clientWidth, box: button.getBoundingClientRect() };
      });
      expect(fits.scroll).toBeLessThanOrEqual(fits.client);
      expect(fits.box.right).toBeLessThanOrEqual(375);
      expect(await clipped('main button .mantine-Button-label')).toEqual([]);
      // The page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await page.screenshot({
        path: screenshot(`book-header-375-${language}`),
        clip: { x: 0, y: 0, width: 375, height: 260 },
      });
      await expectNoSeriousAxeViolations(page, 'header');
    });
  }
});
