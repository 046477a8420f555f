import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
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
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

type Entry = {
  patientId: string;
  providerId: string | null;
  appointmentTypeId: string;
  from: string;
  to: string;
  notes: string | null;
};

async function setUp(request: APIRequestContext) {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const today = Temporal.Now.plainDateISO(timeZone);
  return {
    token,
    tag,
    timeZone,
    today,
    date: today.add({ days: ((3 - today.dayOfWeek + 7) % 7) + 7 }),
    staff: await createStaffUser(request, token),
    provider: await createProvider(request, token, { name: `Dr ${tag} Waits` }),
    type: await createAppointmentType(request, token, { name: `Crown ${tag}`, durationMinutes: 30 }),
    patient: await createPatient(request, token, {
      firstName: `Lia ${tag}`,
      lastName: 'Queiroz',
      dateOfBirth: '1988-08-08',
    }),
  };
}

async function entriesOf(request: APIRequestContext, token: string, patientId: string): Promise<Entry[]> {
  const response = await request.get(`/api/v1/waitlist?status=waiting&patientId=${patientId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Add to the waitlist' });
}

test('the waitlist page adds a patient for a visit with any provider, between two dates', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
  await page.goto('/waitlist');
  await page.getByRole('button', { name: 'Add to waitlist' }).click();
  const form = dialog(page);
  await expect(form).toBeVisible();
  await form.getByRole('combobox', { name: 'Patient' }).fill(setup.patient.firstName);
  await form.getByRole('option', { name: new RegExp(`${setup.patient.firstName} Queiroz`) }).click();
  await expect(form.getByLabel('Provider')).toHaveValue('');
  await form.getByLabel('Appointment type').selectOption(setup.type.id);
  await expect(form.getByLabel('Can come from')).toHaveValue(setup.today.toString());
  const until = setup.today.add({ days: 14 }).toString();
  await form.getByLabel('Until').fill(until);
  await form.getByLabel('Notes').fill('Mornings only');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await form.getByRole('button', { name: 'Add to waitlist' }).click();

  await expect(form).toBeHidden();
  await expect(page.getByText(`${setup.patient.firstName} Queiroz is on the waitlist`)).toBeVisible();
  await expect(page.getByRole('article', { name: `${setup.patient.firstName} Queiroz` })).toBeVisible();
  expect(await entriesOf(request, setup.token, setup.patient.id)).toEqual([
    expect.objectContaining({
      providerId: null,
      appointmentTypeId: setup.type.id,
      from: setup.today.toString(),
      to: until,
      notes: 'Mornings only',
    }),
  ]);
});

test('an incomplete request is refused in the form, before any round trip', async ({ page, request }) => {
  const setup = await setUp(request);
  await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
  await page.goto('/waitlist');
  await page.getByRole('button', { name: 'Add to waitlist' }).click();
  const form = dialog(page);
  await form.getByRole('button', { name: 'Add to waitlist' }).click();
  await expect(form.getByText('Required')).toHaveCount(2);
  await expect(form).toBeVisible();
  expect(await entriesOf(request, setup.token, setup.patient.id)).toEqual([]);
});

test('the chart’s Appointments tab adds its patient to the waitlist', async ({ page, request }) => {
  const setup = await setUp(request);
  await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
  await page.goto(`/patients/${setup.patient.id}`);
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await page.getByRole('button', { name: 'Add to waitlist' }).click();
  const form = dialog(page);
  await expect(form.getByRole('combobox', { name: 'Patient' })).toHaveValue(
    `${setup.patient.firstName} Queiroz`,
  );
  await form.getByLabel('Provider').selectOption(setup.provider.id);
  await form.getByLabel('Appointment type').selectOption(setup.type.id);
  await form.getByRole('button', { name: 'Add to waitlist' }).click();
  await expect(form).toBeHidden();
  expect(await entriesOf(request, setup.token, setup.patient.id)).toEqual([
    expect.objectContaining({ providerId: setup.provider.id, appointmentTypeId: setup.type.id }),
  ]);
});

test('a taken time in the booking drawer offers the waitlist instead, filled in', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const other = await createPatient(request, setup.token, {
    firstName: `Teo ${setup.tag}`,
    lastName: 'Barros',
    dateOfBirth: '1970-01-20',
  });
  await bookAppointment(request, setup.token, {
    patientId: other.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.type.id,
    start: at(setup.date, '10:00', setup.timeZone),
  });
  await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
  await page.goto(`/appointments?date=${setup.date.toString()}&view=day`);
  await page.getByRole('button', { name: `Book ${setup.provider.name} at 9:00 AM`, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Book an appointment' });
  await drawer.getByRole('combobox', { name: 'Patient' }).fill(setup.patient.firstName);
  await drawer.getByRole('option', { name: new RegExp(`${setup.patient.firstName} Queiroz`) }).click();
  await drawer.getByLabel('Appointment type').selectOption(setup.type.id);
  await drawer.getByLabel('Start time').fill('10:00');
  await expect(drawer.getByText('This time is not free')).toBeVisible();

  await drawer.getByRole('button', { name: 'Add to waitlist instead' }).click();
  const form = dialog(page);
  await expect(form.getByRole('combobox', { name: 'Patient' })).toHaveValue(
    `${setup.patient.firstName} Queiroz`,
  );
  await expect(form.getByLabel('Provider')).toHaveValue(setup.provider.id);
  await expect(form.getByLabel('Appointment type')).toHaveValue(setup.type.id);
  await expect(form.getByLabel('Can come from')).toHaveValue(setup.date.toString());
  await form.getByRole('button', { name: 'Add to waitlist' }).click();
  await expect(form).toBeHidden();
  expect(await entriesOf(request, setup.token, setup.patient.id)).toEqual([
    expect.objectContaining({
      providerId: setup.provider.id,
      appointmentTypeId: setup.type.id,
      from: setup.date.toString(),
    }),
  ]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the add form fits the screen', async ({ page, request }) => {
    const setup = await setUp(request);
    await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
    await page.goto('/waitlist');
    await page.getByRole('button', { name: 'Add to waitlist' }).click();
    const form = dialog(page);
    await expect(form.getByLabel('Until')).toBeVisible();
    const overflowing = await form.evaluate((element) =>
      [...element.querySelectorAll<HTMLElement>('input, select, textarea, button')]
        .filter((control) => control.getBoundingClientRect().right > window.innerWidth)
        .map((control) => control.getAttribute('aria-label') ?? control.id),
    );
    expect(overflowing).toEqual([]);
    await page.screenshot({ path: screenshot('waitlist-add-375') });
    await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  });
});
