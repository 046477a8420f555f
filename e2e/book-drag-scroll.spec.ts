import { type APIRequestContext, expect, test } from '@playwright/test';
import { bookedDay, nextWeekday } from './support/booked-day.ts';
import { at } from './support/clinic-dates.ts';
import { logIn } from './support/log-in.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });

async function appointmentStart(request: APIRequestContext, token: string, id: string): Promise<string> {
  const response = await request.get(`/api/v1/appointments/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return new Date(Date.parse((await response.json()).start)).toISOString();
}

test('a visit dragged to the bottom edge, while the grid scrolls, lands where the card is', async ({
  page,
  request,
}) => {
  const { token, timeZone, day, provider, appointment } = await bookedDay(
    request,
    (timeZone) => nextWeekday(timeZone, 4),
    '09:00',
  );
  const staff = await createStaffUser(request, token);

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/appointments?date=${day.toString()}&view=day`);
  const block = page.locator(`[data-appointment-id="${appointment.id}"]`);
  await expect(block).toHaveAttribute('aria-label', /9:00/);
  const scroller = page.locator('section[aria-label]').filter({ has: block });
  await block.scrollIntoViewIfNeeded();
  const scrollBefore = await scroller.evaluate((element) => element.scrollTop);

  const from = await block.boundingBox();
  const frame = await scroller.boundingBox();
  if (!from || !frame) throw new Error('the block and the grid must be on screen');
  const grabX = from.x + from.width / 2;
  const grabY = from.y + 6;
  await page.mouse.move(grabX, grabY);
  await page.mouse.down();
  await page.mouse.move(grabX, grabY + 10, { steps: 3 });
  // A few pixels above the grid's bottom edge: the grid scrolls on its own until it can go no further.
  await page.mouse.move(grabX, frame.y + frame.height - 8, { steps: 15 });
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await scroller.evaluate((element) => element.scrollTop);
        const settled = now === last;
        last = now;
        return settled;
      },
      { intervals: [400], timeout: 20_000 },
    )
    .toBe(true);
  expect(last).toBeGreaterThan(scrollBefore + 100);

  // The row the card visibly sits on, read from the page just before it is let go.
  const visible = await block.evaluate((card, providerId) => {
    const top = card.getBoundingClientRect().top;
    const cells = [
      ...document.querySelectorAll<HTMLElement>(`[data-cell][data-provider-id="${providerId}"]`),
    ];
    const cell = cells.find((candidate) => Math.abs(candidate.getBoundingClientRect().top - top) < 3);
    return cell?.dataset.start ?? null;
  }, provider.id);
  expect(visible).not.toBeNull();
  await page.mouse.up();

  const visibleStart = new Date(Date.parse(visible ?? '')).toISOString();
  expect(Date.parse(visibleStart)).toBeGreaterThan(Date.parse(at(day, '09:00', timeZone)));
  await expect.poll(() => appointmentStart(request, token, appointment.id)).toBe(visibleStart);
  await expect(page.getByText(/moved to/)).toBeVisible();
});
