import { type APIRequestContext, expect as baseExpect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
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
import { screenshot } from './support/screenshot.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

type Listed = { start: string; patientId: string; seriesId: string | null; status: string };

async function visitsOf(
  request: APIRequestContext,
  token: string,
  providerId: string,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
): Promise<Listed[]> {
  const response = await request.get(
    `/api/v1/appointments?providerId=${providerId}&from=${from.toString()}&to=${to.toString()}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}

test('the drawer books a weekly series: a clash is listed and nothing booked, then every visit is', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const today = Temporal.Now.plainDateISO(timeZone);
  // A Tuesday well ahead: the series and its clash stay in the future.
  const first = today.add({ days: ((2 - today.dayOfWeek + 7) % 7) + 7 });
  const staff = await createStaffUser(request, token);
  const provider = await createProvider(request, token, { name: `Dr ${tag} Weekly` });
  const type = await createAppointmentType(request, token, { name: `Ortho ${tag}`, durationMinutes: 30 });
  const patient = await createPatient(request, token, {
    firstName: `Gil ${tag}`,
    lastName: 'Ramos',
    dateOfBirth: '2010-04-04',
  });
  const other = await createPatient(request, token, {
    firstName: `Ivo ${tag}`,
    lastName: 'Dias',
    dateOfBirth: '1960-12-12',
  });
  // The third weekly visit's time is someone else's.
  const clashDay = first.add({ weeks: 2 });
  await bookAppointment(request, token, {
    patientId: other.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(clashDay, '10:00', timeZone),
  });

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/appointments?date=${first.toString()}&view=day`);
  await page.getByRole('button', { name: `Book ${provider.name} at 10:00 AM`, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Book an appointment' });
  await drawer.getByRole('combobox', { name: 'Patient' }).fill(patient.firstName);
  await drawer.getByRole('option', { name: new RegExp(`${patient.firstName} Ramos`) }).click();
  await drawer.getByLabel('Appointment type').selectOption(type.id);
  await drawer.getByRole('checkbox', { name: 'Repeat' }).check();
  await expect(drawer.getByLabel('Every')).toHaveValue('1');
  await expect(drawer.getByLabel('Period')).toHaveValue('week');
  await drawer.getByLabel('Visits in all').fill('4');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await drawer.getByRole('button', { name: 'Book series' }).click();

  await expect(drawer.getByText('1 visit of this series cannot be booked')).toBeVisible();
  await expect(drawer.getByText(/Nothing was booked/)).toBeVisible();
  await drawer.screenshot({ path: screenshot('series-booking-clash') });
  const clashes = drawer.getByRole('list', { name: 'Visits that clash' }).locator(':scope > li');
  await expect(clashes).toHaveCount(1);
  await expect(clashes.first()).toHaveAttribute(
    'data-conflict-start',
    new Date(Date.parse(at(clashDay, '10:00', timeZone))).toISOString(),
  );
  await expect(clashes.first()).toContainText(`${other.firstName} Dias`);
  const mine = (visits: Listed[]) => visits.filter((visit) => visit.patientId === patient.id);
  expect(mine(await visitsOf(request, token, provider.id, first, first.add({ weeks: 4 })))).toEqual([]);

  // At 11:00 every week is free: four visits, one series, and the book shows the first.
  await drawer.getByLabel('Start time').fill('11:00');
  await expect(drawer.getByText('1 visit of this series cannot be booked')).toBeHidden();
  await drawer.getByRole('button', { name: 'Book series' }).click();
  await expect(drawer).toBeHidden();
  await expect(
    page.getByText(`${patient.firstName} Ramos is booked with ${provider.name}: 4 visits`),
  ).toBeVisible();
  await expect(page.locator('[data-appointment-id]', { hasText: patient.firstName })).toBeVisible();

  const booked = mine(await visitsOf(request, token, provider.id, first, first.add({ weeks: 4 })));
  expect(booked.map((visit) => new Date(Date.parse(visit.start)).toISOString())).toEqual(
    [0, 1, 2, 3].map((weeks) =>
      new Date(Date.parse(at(first.add({ weeks }), '11:00', timeZone))).toISOString(),
    ),
  );
  expect(new Set(booked.map((visit) => visit.seriesId)).size).toBe(1);
  expect(booked[0]?.seriesId).not.toBeNull();

  // A week later the book shows the next visit of the series.
  await page.goto(`/appointments?date=${first.add({ weeks: 1 }).toString()}&view=day`);
  await expect(page.locator('[data-appointment-id]', { hasText: patient.firstName })).toBeVisible();
});
