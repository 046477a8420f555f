import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import type { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { nextWeekday } from './support/booked-day.ts';
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
import { uniqueEmail } from './support/unique-email.ts';

// Issue 15, "The front desk's first week": a booked visit's details, history, completion and series.
test.use({ viewport: { width: 1280, height: 900 } });
test.describe.configure({ timeout: 90_000 });

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

const nextWednesday = (timeZone: string) => nextWeekday(timeZone, 3);

async function setUp(request: APIRequestContext) {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const day = nextWednesday(timeZone);
  const tag = uniqueTag();
  const provider = await createProvider(request, token, { name: `Dr ${tag} Details` });
  const cleaning = await createAppointmentType(request, token, {
    name: `Cleaning ${tag}`,
    durationMinutes: 30,
  });
  const filling = await createAppointmentType(request, token, {
    name: `Filling ${tag}`,
    durationMinutes: 60,
    priceCents: 12_000,
  });
  const patient = await createPatient(request, token, {
    firstName: `Clara ${tag}`,
    lastName: 'Nunes',
    dateOfBirth: '1988-04-12',
  });
  return { token, timeZone, day, tag, provider, cleaning, filling, patient };
}

async function createChair(request: APIRequestContext, token: string, name: string) {
  const response = await request.post('/api/v1/operatories', { headers: auth(token), data: { name } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; name: string };
}

async function setStatus(request: APIRequestContext, token: string, id: string, status: string) {
  const response = await request.post(`/api/v1/appointments/${id}/status`, {
    headers: auth(token),
    data: { status },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function openVisit(page: Page, day: Temporal.PlainDate, id: string) {
  await page.goto(`/appointments?date=${day.toString()}&view=day`);
  await page.locator(`[data-appointment-id="${id}"]`).click();
  const details = page.locator(`[data-appointment-details="${id}"]`);
  await expect(details).toBeVisible();
  return details;
}

test('the desk changes a visit’s type, chair and notes, sees clashes in words, and the history says who', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const chair = await createChair(request, setup.token, `Chair ${setup.tag}`);
  const longType = await createAppointmentType(request, setup.token, {
    name: `Implant ${setup.tag}`,
    durationMinutes: 120,
  });
  const visit = await bookAppointment(request, setup.token, {
    patientId: setup.patient.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.cleaning.id,
    start: at(setup.day, '10:00', setup.timeZone),
  });
  const other = await createPatient(request, setup.token, {
    firstName: `Otto ${setup.tag}`,
    lastName: 'Prado',
    dateOfBirth: '1975-01-30',
  });
  await bookAppointment(request, setup.token, {
    patientId: other.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.cleaning.id,
    start: at(setup.day, '11:30', setup.timeZone),
  });
  const staff = await createStaffUser(request, setup.token);
  await logIn(page, staff.email, staff.password, staff.name);
  const details = await openVisit(page, setup.day, visit.id);

  await details.getByRole('button', { name: 'Edit details' }).click();
  const form = details.getByRole('form', { name: 'Edit the visit’s details' });
  // Two hours from 10:00 runs into the 11:30 visit: said with who is in the way.
  await form.getByLabel('Type').selectOption({ label: `${longType.name} · 120 min` });
  await form.getByRole('button', { name: 'Save changes' }).click();
  const clash = form.getByRole('alert');
  await expect(clash).toContainText('That change would clash with another visit');
  await expect(clash).toContainText(setup.provider.name);
  await expect(clash).toContainText(`Otto ${setup.tag}`);

  await form.getByLabel('Type').selectOption({ label: `${setup.filling.name} · 60 min` });
  await form.getByLabel('Chair').selectOption({ label: chair.name });
  await form.getByLabel('Notes').fill('Bring the X-rays');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(details).toContainText(setup.filling.name);
  await expect(details).toContainText(chair.name);
  await expect(details).toContainText('Bring the X-rays');

  const saved = await request.get(`/api/v1/appointments/${visit.id}`, { headers: auth(setup.token) });
  expect(await saved.json()).toMatchObject({
    appointmentTypeId: setup.filling.id,
    operatoryId: chair.id,
    notes: 'Bring the X-rays',
    end: new Date(Date.parse(visit.start) + 60 * 60_000).toISOString(),
  });

  const history = details.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('Booked');
  await expect(history.nth(0)).toContainText('Administrator');
  await expect(history.nth(1)).toContainText('Changed: chair, type, notes');
  await expect(history.nth(1)).toContainText(staff.name);
  await expectNoSeriousAxeViolations(page, '[data-appointment-details]');
  await page.screenshot({ path: screenshot('appointment-details-history') });
});

test('a manager undoes a completion after being told the fee is reversed on the ledger', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const visit = await bookAppointment(request, setup.token, {
    patientId: setup.patient.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.filling.id,
    start: at(setup.day, '09:00', setup.timeZone),
  });
  for (const status of ['checked_in', 'in_progress', 'completed']) {
    await setStatus(request, setup.token, visit.id, status);
  }
  const manager = {
    email: uniqueEmail('manager'),
    name: `Mara Manager ${setup.tag}`,
    password: 'granite pelican 2026 harbour lamp',
  };
  const created = await request.post('/api/v1/users', {
    headers: auth(setup.token),
    data: { ...manager, role: 'manager' },
  });
  expect(created.status(), await created.text()).toBe(201);
  await logIn(page, manager.email, manager.password, manager.name);
  const details = await openVisit(page, setup.day, visit.id);

  await details.getByRole('button', { name: 'Reopen visit' }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo the completion?' });
  await expect(confirm.getByTestId('reopen-fee')).toContainText('Its fee of $120.00 is reversed');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await confirm.getByRole('button', { name: 'Undo completion' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.locator(`[data-appointment-id="${visit.id}"]`)).toHaveAttribute(
    'data-status',
    'in_progress',
  );
  await expect(details.getByRole('region', { name: 'History' }).getByRole('listitem').last()).toContainText(
    'Completion undone: back to In progress',
  );

  const ledger = await request.get(`/api/v1/patients/${setup.patient.id}/ledger`, {
    headers: auth(setup.token),
  });
  const entries = (await ledger.json()).entries as { amountCents: number; appointmentId: string | null }[];
  expect(
    entries.filter((entry) => entry.appointmentId === visit.id).map((entry) => entry.amountCents),
  ).toEqual([12_000, -12_000]);
});

test('a series visit shows its series, and “cancel this and all following” cancels the later ones', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const booked = await request.post('/api/v1/appointment-series', {
    headers: auth(setup.token),
    data: {
      patientId: setup.patient.id,
      providerId: setup.provider.id,
      appointmentTypeId: setup.cleaning.id,
      start: at(setup.day, '15:00', setup.timeZone),
      rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3',
    },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const series = (await booked.json()) as { seriesId: string; appointments: { id: string }[] };
  const [first, second, third] = series.appointments;
  if (!first || !second || !third) throw new Error('the series has three visits');

  const staff = await createStaffUser(request, setup.token);
  await logIn(page, staff.email, staff.password, staff.name);
  const details = await openVisit(page, setup.day.add({ weeks: 2 }), second.id);
  const section = details.getByRole('region', { name: 'Recurring series' });
  await expect(section.getByTestId('series-summary')).toHaveText('Every 2 weeks, visit 2 of 3');
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await expect(section.getByRole('listitem').nth(1)).toContainText('(this visit)');

  await section.getByRole('button', { name: 'Cancel this and all following' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this and all following visits' });
  await expect(confirm).toContainText('This cancels 2 visits:');
  await confirm.getByLabel('Reason (optional)').fill('Moving to another city');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await confirm.getByRole('button', { name: 'Cancel the visits' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByRole('listitem').nth(0)).toContainText('Scheduled');
  await expect(section.getByRole('listitem').nth(1)).toContainText('Cancelled');
  await expect(section.getByRole('listitem').nth(2)).toContainText('Cancelled');

  const read = await request.get(`/api/v1/appointment-series/${series.seriesId}`, {
    headers: auth(setup.token),
  });
  const statuses = (
    (await read.json()).appointments as { status: string; cancelReason: string | null }[]
  ).map((visit) => [visit.status, visit.cancelReason]);
  expect(statuses).toEqual([
    ['scheduled', null],
    ['cancelled', 'Moving to another city'],
    ['cancelled', 'Moving to another city'],
  ]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the details drawer with its edit form and history fits the screen', async ({ page, request }) => {
    const setup = await setUp(request);
    const visit = await bookAppointment(request, setup.token, {
      patientId: setup.patient.id,
      providerId: setup.provider.id,
      appointmentTypeId: setup.cleaning.id,
      start: at(setup.day, '13:00', setup.timeZone),
      notes: 'Prefers the afternoon',
    });
    const staff = await createStaffUser(request, setup.token);
    await logIn(page, staff.email, staff.password, staff.name);
    const details = await openVisit(page, setup.day, visit.id);
    await details.getByRole('button', { name: 'Edit details' }).click();
    const form = details.getByRole('form', { name: 'Edit the visit’s details' });
    await expect(form.getByLabel('Notes')).toHaveValue('Prefers the afternoon');
    await expect(details.getByRole('region', { name: 'History' })).toContainText('Booked');
    const overflow = await details.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, '[data-appointment-details]');
    await page.screenshot({ path: screenshot('appointment-details-375'), fullPage: true });
  });
});
