import { expect as baseExpect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { at } from './support/clinic-dates.ts';
import { logIn, logInAsAdmin } from './support/log-in.ts';
import { createPatient, uniquePhone, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });
// A staff account (password hashing) and several round trips per step on a busy machine.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('the chart lists the visits with the cancel reason, books the next one, and the book shows the reason too', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const today = Temporal.Now.plainDateISO(timeZone);
  // Next Wednesday: always ahead.
  const date = today.add({ days: (3 - today.dayOfWeek + 7) % 7 || 7 });
  const staff = await createStaffUser(request, token);
  const provider = await createProvider(request, token, { name: `Dr ${tag} Costa` });
  const type = await createAppointmentType(request, token, { name: `Exam ${tag}`, durationMinutes: 30 });
  const patient = await createPatient(request, token, {
    firstName: `Ana ${tag}`,
    lastName: 'Souza',
    dateOfBirth: '1990-05-04',
    phone: uniquePhone(),
  });
  await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(date, '10:00', timeZone),
  });
  const cancelled = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(date, '15:00', timeZone),
  });
  const cancelling = await request.post(`/api/v1/appointments/${cancelled.id}/cancel`, {
    headers: { authorization: `Bearer ${token}` },
    data: { reason: 'Travelling abroad' },
  });
  expect(cancelling.status(), await cancelling.text()).toBe(200);

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}?tab=appointments`);
  const upcoming = page.getByRole('table', { name: 'Upcoming visits' });
  await expect(upcoming.getByRole('row')).toHaveCount(3);
  const kept = upcoming.getByRole('row').nth(1);
  await expect(kept).toContainText(type.name);
  await expect(kept).toContainText(provider.name);
  await expect(kept).toContainText('Scheduled');
  await expect(kept).toContainText('10:00 AM');
  const dropped = upcoming.getByRole('row').nth(2);
  await expect(dropped).toContainText('Cancelled');
  await expect(dropped).toContainText('Reason: Travelling abroad');
  await expect(page.getByText('No past visits.')).toBeVisible();
  await expect(page.getByText('Appointments arrive with the scheduling screens.')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'main');
  await page.screenshot({ path: screenshot('chart-appointments'), fullPage: true });

  // "Book appointment" opens the booking drawer with this patient already chosen.
  await page.getByRole('button', { name: 'Book appointment' }).click();
  const drawer = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(drawer.getByRole('combobox', { name: 'Patient' })).toHaveValue(`Ana ${tag} Souza`);
  await expect(drawer.getByLabel('Provider')).toHaveValue(provider.id);
  await drawer.getByLabel('Date').fill(date.toString());
  await drawer.getByLabel('Start time').fill('12:00');
  // Other tests' types are offered by every provider, so choose this one.
  await drawer.getByLabel('Appointment type').selectOption(type.id);
  await expect(drawer.getByText(/This time is free and held for you until/)).toBeVisible();
  await drawer.getByRole('button', { name: 'Book appointment' }).click();
  await expect(drawer).toBeHidden();
  await expect(upcoming.getByRole('row')).toHaveCount(4);
  await expect(upcoming.getByRole('row').nth(2)).toContainText('12:00 PM');

  // The appointment book's details show the reason of a cancelled visit.
  await page.goto(`/appointments?date=${date.toString()}&view=day`);
  await page.getByLabel('Show cancelled and no-shows').check();
  await page.locator(`[data-appointment-id="${cancelled.id}"]`).click();
  const details = page.locator(`[data-appointment-details="${cancelled.id}"]`);
  await expect(details).toContainText('Cancel reason');
  await expect(details).toContainText('Travelling abroad');
});

test('the profile form edits insurance', async ({ page, request }) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const staff = await createStaffUser(request, token);
  const patient = await createPatient(request, token, {
    firstName: `Caio ${tag}`,
    lastName: 'Ramos',
    dateOfBirth: '1979-11-20',
    phone: uniquePhone(),
  });
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}`);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const primary = page.getByRole('group', { name: 'Primary insurance' });
  await primary.getByLabel('Carrier').fill('Amil');
  await primary.getByLabel('Member ID').fill(`A-${tag}`);
  await primary.getByLabel('Subscriber is the patient’s').selectOption('spouse');
  const secondary = page.getByRole('group', { name: 'Secondary insurance' });
  await secondary.getByLabel('Carrier').fill('Unimed');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(secondary.getByText('Required')).toBeVisible();
  await secondary.getByLabel('Carrier').fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(`Amil · A-${tag}`)).toBeVisible();

  const saved = await request.get(`/api/v1/patients/${patient.id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect((await saved.json()).insurance).toEqual([
    expect.objectContaining({ priority: 'primary', carrier: 'Amil', subscriberRelationship: 'spouse' }),
  ]);
});

test('archiving a patient with visits ahead lists them and cancels them first', async ({ page, request }) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const today = Temporal.Now.plainDateISO(timeZone);
  const date = today.add({ days: (4 - today.dayOfWeek + 7) % 7 || 7 });
  const provider = await createProvider(request, token, { name: `Dr ${tag} Melo` });
  const type = await createAppointmentType(request, token, { name: `Check ${tag}`, durationMinutes: 30 });
  const patient = await createPatient(request, token, {
    firstName: `Rui ${tag}`,
    lastName: 'Prado',
    dateOfBirth: '1961-02-14',
    phone: uniquePhone(),
  });
  const visits = [];
  for (const time of ['09:00', '11:00']) {
    visits.push(
      await bookAppointment(request, token, {
        patientId: patient.id,
        providerId: provider.id,
        appointmentTypeId: type.id,
        start: at(date, time, timeZone),
      }),
    );
  }

  await logInAsAdmin(page);
  await page.goto(`/patients/${patient.id}`);
  await page.getByRole('button', { name: 'Archive patient' }).click();
  const dialog = page.getByRole('dialog', { name: `Archive Rui ${tag} Prado?` });
  await expect(dialog.getByText('2 visits are still ahead:')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByRole('listitem').first()).toContainText('9:00 AM');
  const cancelBox = dialog.getByRole('checkbox', { name: 'Cancel these visits' });
  await expect(cancelBox).toBeChecked();
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Patient summary' })).toContainText('Archived');

  for (const visit of visits) {
    const read = await request.get(`/api/v1/appointments/${visit.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await read.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Patient archived' });
  }
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await expect(page.getByText('Reason: Patient archived')).toHaveCount(2);
});
