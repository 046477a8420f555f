import { expect, test } from '@playwright/test';
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

test.use({ viewport: { width: 1280, height: 900 } });

test('on a desk screen the day view reaches down to the bottom of the window, without a page scroll', async ({
  page,
  request,
}) => {
  const staff = await createStaffUser(request, await adminToken(request));
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto('/appointments?view=day');
  const grid = page.getByRole('region', { name: /^Appointments, / });
  await expect(grid).toBeVisible();
  const box = await grid.boundingBox();
  if (!box) throw new Error('the day view is not laid out');
  // Before, it stopped 75 px short of a 900 px window (about 630 px of grid).
  expect(box.y + box.height).toBeGreaterThan(900 - 40);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
});

test('a visit of a patient archived since is marked on the book', async ({ page, request }) => {
  const token = await adminToken(request);
  const staff = await createStaffUser(request, token);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const provider = await createProvider(request, token);
  const type = await createAppointmentType(request, token);
  const patient = await createPatient(request, token, {
    firstName: `Otto ${tag}`,
    lastName: 'Gone',
    dateOfBirth: '1970-05-05',
  });
  const lastWeek = Temporal.Now.plainDateISO(timeZone).subtract({ days: 7 });
  const visit = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(lastWeek, '10:00', timeZone),
  });
  const archived = await request.post(`/api/v1/patients/${patient.id}/archive`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(archived.status(), await archived.text()).toBeLessThan(300);

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/appointments?date=${lastWeek}&view=day`);
  const block = page.locator(`[data-appointment-id="${visit.id}"]`);
  await expect(block).toContainText(`Otto ${tag} Gone (archived)`);
  await expect(block).toHaveAccessibleName(new RegExp(`Otto ${tag} Gone \\(archived\\)`));
});
