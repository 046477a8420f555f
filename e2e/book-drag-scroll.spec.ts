import { type APIRequestContext, expect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { adminToken } from './support/admin-api.ts';
import { at } from './support/clinic-dates.ts';
import { logIn } from './support/log-in.ts';
import { createPatient, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/** Next week's Thursday in the clinic's zone: always ahead, and a working day for everyone. */
function nextThursday(timeZone: string): Temporal.PlainDate {
  const today = Temporal.Now.plainDateISO(timeZone);
  return today.add({ days: ((4 - today.dayOfWeek + 7) % 7) + 7 });
}

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
  const token = await adminToken(request);
  const staff = await createStaffUser(request, token);
  const timeZone = await clinicTimeZone(request, token);
  const day = nextThursday(timeZone);
  const tag = uniqueTag();
  const provider = await createProvider(request, token, { name: `Dr ${tag} Scroll` });
  const type = await createAppointmentType(request, token, {
    name: `Check ${tag}`,
    durationMinutes: 30,
    color: '#1c7ed6',
  });
  const patient = await createPatient(request, token, {
    firstName: `Rui ${tag}`,
    lastName: 'Prado',
    dateOfBirth: '1979-03-14',
  });
  const appointment = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(day, '09:00', timeZone),
  });

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
