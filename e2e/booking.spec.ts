import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { at } from './support/clinic-dates.ts';
import { logIn } from './support/log-in.ts';
import { type CreatedPatient, createPatient, uniquePhone, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  type CreatedAppointmentType,
  type CreatedProvider,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });
// Each test makes a staff account (password hashing) and drives several round trips per step;
// on a busy two-core machine that needs more than the defaults.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

type Setup = {
  token: string;
  staff: StaffUser;
  timeZone: string;
  /** Next Wednesday in the clinic's zone: always ahead, on a day the provider works. */
  date: Temporal.PlainDate;
  provider: CreatedProvider;
  type: CreatedAppointmentType;
  patient: CreatedPatient;
};

// Each test has its own provider, type and patients (the database is shared), named with a tag.
async function setUp(request: APIRequestContext): Promise<Setup> {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const timeZone = await clinicTimeZone(request, token);
  const today = Temporal.Now.plainDateISO(timeZone);
  const date = today.add({ days: (3 - today.dayOfWeek + 7) % 7 || 7 });
  return {
    token,
    staff: await createStaffUser(request, token),
    timeZone,
    date,
    provider: await createProvider(request, token, { name: `Dr ${tag} Lee` }),
    type: await createAppointmentType(request, token, {
      name: `Exam ${tag}`,
      durationMinutes: 45,
      priceCents: 12_000,
    }),
    patient: await createPatient(request, token, {
      firstName: `Maria ${tag}`,
      lastName: 'Silva',
      dateOfBirth: '1985-03-02',
      phone: uniquePhone(),
    }),
  };
}

async function openBook(page: Page, setup: Setup) {
  await logIn(page, setup.staff.email, setup.staff.password, setup.staff.name);
  await page.goto(`/appointments?date=${setup.date.toString()}&view=day`);
}

function freeCell(page: Page, setup: Setup, time: string) {
  return page.getByRole('button', { name: `Book ${setup.provider.name} at ${time}`, exact: true });
}

function drawer(page: Page) {
  return page.getByRole('dialog', { name: 'Book an appointment' });
}

async function choosePatient(page: Page, text: string, name: RegExp) {
  const box = drawer(page).getByRole('combobox', { name: 'Patient' });
  await box.fill(text);
  await drawer(page).getByRole('option', { name }).click();
}

test('staff book a free cell: time prefilled, patient found by typing, type chosen, the block appears', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  await openBook(page, setup);

  await freeCell(page, setup, '10:00 AM').click();
  const form = drawer(page);
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Date')).toHaveValue(setup.date.toString());
  await expect(form.getByLabel('Start time')).toHaveValue('10:00');
  await expect(form.getByLabel('Provider')).toHaveValue(setup.provider.id);
  await expect(form.getByText('Choose a patient and an appointment type to check this time.')).toBeVisible();

  // Keyboard first: the box has focus and typing searches.
  const box = form.getByRole('combobox', { name: 'Patient' });
  await expect(box).toBeFocused();
  await page.keyboard.type(setup.patient.firstName);
  const option = form.getByRole('option', { name: new RegExp(`${setup.patient.firstName} Silva`) });
  await expect(option).toContainText('Born 03/02/1985');
  // The answer for the whole name, not one for the first letters typed (other Marias, in
  // another order): "New patient …" is offered only once the search for what is typed is in.
  await expect(form.getByRole('option', { name: `New patient “${setup.patient.firstName}”` })).toBeVisible();
  // Escape closes the list and leaves the drawer open; the arrows bring the list back.
  await page.keyboard.press('Escape');
  await expect(form.getByRole('listbox', { name: 'Patients found' })).toBeHidden();
  await expect(form).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(`${setup.patient.firstName} Silva`);

  const typeField = form.getByLabel('Appointment type');
  await expect(typeField.locator('option', { hasText: setup.type.name })).toHaveText(
    `${setup.type.name} · 45 min · $120.00`,
  );
  await typeField.selectOption({ label: `${setup.type.name} · 45 min · $120.00` });
  await expect(form.getByText('Ends 10:45 AM (45 min)')).toBeVisible();
  await expect(form.getByText(/This time is free and held for you until/)).toBeVisible();

  await form.getByRole('button', { name: 'Book appointment' }).click();
  await expect(form).toBeHidden();
  await expect(
    page.getByText(`${setup.patient.firstName} Silva is booked with ${setup.provider.name}`),
  ).toBeVisible();
  const block = page.locator('[data-appointment-id]', { hasText: setup.patient.firstName });
  await expect(block).toBeVisible();
  await expect(block).toHaveAttribute('data-status', 'scheduled');

  // Booked once, at the clicked time, from the hold.
  const listed = await request.get(
    `/api/v1/appointments?providerId=${setup.provider.id}&from=${setup.date}&to=${setup.date}`,
    { headers: { authorization: `Bearer ${setup.token}` } },
  );
  const { items } = (await listed.json()) as { items: { start: string; patientId: string }[] };
  expect(items).toHaveLength(1);
  expect(items[0]?.patientId).toBe(setup.patient.id);
  expect(
    Temporal.Instant.from(items[0]?.start ?? '').equals(
      Temporal.Instant.from(at(setup.date, '10:00', setup.timeZone)),
    ),
  ).toBe(true);
});

test('a time taken meanwhile is explained in words, with free times to pick instead', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const other = await createPatient(request, setup.token, {
    firstName: `Ana ${uniqueTag()}`,
    lastName: 'Costa',
    dateOfBirth: '1990-07-14',
    phone: uniquePhone(),
  });
  await openBook(page, setup);
  await freeCell(page, setup, '11:00 AM').click();
  const form = drawer(page);
  await expect(form).toBeVisible();

  // Another desk books the same time while this drawer is open.
  await bookAppointment(request, setup.token, {
    patientId: other.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.type.id,
    start: at(setup.date, '11:00', setup.timeZone),
  });

  await choosePatient(page, setup.patient.firstName, new RegExp(`${setup.patient.firstName} Silva`));
  await form.getByLabel('Appointment type').selectOption({ label: `${setup.type.name} · 45 min · $120.00` });

  const status = form.getByRole('status', { name: 'Availability of this time' });
  await expect(status.getByText('This time is not free')).toBeVisible();
  await expect(status).toContainText(
    new RegExp(`${setup.provider.name} already has ${other.firstName} Costa 11:00\\s*–\\s*11:45\\sAM`),
  );
  const suggestions = status.getByRole('button', { name: /^Book at / });
  await expect(suggestions.first()).toBeVisible();
  await page.screenshot({ path: screenshot('booking-conflict') });

  // The first suggestion is the next free time after the other visit: 11:45.
  await expect(suggestions.first()).toHaveText('Book at 11:45 AM');
  await suggestions.first().click();
  await expect(form.getByLabel('Start time')).toHaveValue('11:45');
  await expect(form.getByText(/This time is free and held for you until/)).toBeVisible();
  await form.getByRole('button', { name: 'Book appointment' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('[data-appointment-id]', { hasText: setup.patient.firstName })).toBeVisible();
});

test('a start typed onto the patient’s own visit is named, and a time outside working hours is booked on purpose', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const kim = await createProvider(request, setup.token, { name: `Dr ${uniqueTag()} Kim` });
  await bookAppointment(request, setup.token, {
    patientId: setup.patient.id,
    providerId: kim.id,
    appointmentTypeId: setup.type.id,
    start: at(setup.date, '09:00', setup.timeZone),
  });
  await openBook(page, setup);
  await freeCell(page, setup, '12:00 PM').click();
  const form = drawer(page);
  await choosePatient(page, setup.patient.firstName, new RegExp(`${setup.patient.firstName} Silva`));
  await form.getByLabel('Appointment type').selectOption({ label: `${setup.type.name} · 45 min · $120.00` });
  await expect(form.getByText(/This time is free and held for you until/)).toBeVisible();

  // Typing 09:00 puts the visit on top of the patient's own visit with Dr Kim.
  await form.getByLabel('Start time').fill('09:00');
  const status = form.getByRole('status', { name: 'Availability of this time' });
  await expect(status).toContainText(
    new RegExp(
      `${setup.patient.firstName} Silva already has an appointment 9:00\\s*–\\s*9:45\\sAM with ${kim.name}`,
    ),
  );

  // 19:00 is after the provider's hours: said so, and staff may book it anyway.
  await form.getByLabel('Start time').fill('19:00');
  await expect(status.getByText('Outside working hours', { exact: true })).toBeVisible();
  await expect(status).toContainText(`${setup.provider.name} does not work then`);
  await form.getByRole('checkbox', { name: 'Book outside working hours' }).check();
  await expect(form.getByText(/This time is free and held for you until/)).toBeVisible();
  await form.getByRole('button', { name: 'Book appointment' }).click();
  await expect(form).toBeHidden();
  const listed = await request.get(
    `/api/v1/appointments?providerId=${setup.provider.id}&from=${setup.date}&to=${setup.date}`,
    { headers: { authorization: `Bearer ${setup.token}` } },
  );
  const { items } = (await listed.json()) as { items: { start: string }[] };
  expect(items.map((item) => Temporal.Instant.from(item.start).toString())).toEqual([
    Temporal.Instant.from(at(setup.date, '19:00', setup.timeZone)).toString(),
  ]);
});

test('a new caller is registered from the drawer, and a probable duplicate offers the existing record', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const surname = `Pereira ${uniqueTag()}`;
  await openBook(page, setup);
  await freeCell(page, setup, '3:00 PM').click();
  const form = drawer(page);
  await form.getByRole('combobox', { name: 'Patient' }).fill(`Joana ${surname}`);
  // Not found: the list ends with an offer to register the caller, taken from the keyboard.
  await expect(form.getByRole('option', { name: `New patient “Joana ${surname}”` })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const quick = form.getByRole('group', { name: 'Quick new patient' });
  // What was typed in the search starts the name.
  await expect(quick.getByLabel('First name')).toHaveValue('Joana');
  await expect(quick.getByLabel('Last name')).toHaveValue(surname);
  await quick.getByLabel('Date of birth').fill('1992-05-20');
  await quick.getByRole('button', { name: 'Create patient' }).click();
  await expect(quick.getByText('Enter a phone or an email')).toBeVisible();
  await quick.getByLabel('Phone').fill(uniquePhone());
  await quick.getByRole('button', { name: 'Create patient' }).click();
  await expect(form.getByRole('combobox', { name: 'Patient' })).toHaveValue(`Joana ${surname}`);
  await expect(form.getByText('Born 05/20/1992')).toBeVisible();

  // Registering the first patient again is caught: the desk uses the existing record.
  await form.getByRole('button', { name: 'Quick new patient' }).click();
  await quick.getByLabel('First name').fill(setup.patient.firstName);
  await quick.getByLabel('Last name').fill('Silva');
  await quick.getByLabel('Date of birth').fill('1985-03-02');
  await quick.getByLabel('Email').fill(`maria.${setup.patient.id.slice(0, 8)}@example.test`);
  await quick.getByRole('button', { name: 'Create patient' }).click();
  await expect(quick.getByText('This patient may already be registered')).toBeVisible();
  await quick.getByRole('button', { name: `Use ${setup.patient.firstName} Silva` }).click();
  await expect(form.getByRole('combobox', { name: 'Patient' })).toHaveValue(
    `${setup.patient.firstName} Silva`,
  );
});

test('the desk checks in, seats and completes a visit from its block, and cancels another with a reason', async ({
  page,
  request,
}) => {
  const setup = await setUp(request);
  const visit = await bookAppointment(request, setup.token, {
    patientId: setup.patient.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.type.id,
    start: at(setup.date, '14:00', setup.timeZone),
  });
  const later = await bookAppointment(request, setup.token, {
    patientId: setup.patient.id,
    providerId: setup.provider.id,
    appointmentTypeId: setup.type.id,
    start: at(setup.date, '16:00', setup.timeZone),
  });
  await openBook(page, setup);

  const block = page.locator(`[data-appointment-id="${visit.id}"]`);
  await block.click();
  const details = page.locator(`[data-appointment-details="${visit.id}"]`);
  const actions = details.getByRole('group', { name: 'Change the status' });
  // Each button says what it does (an icon may stand before the words).
  await expect(actions.getByRole('button')).toHaveText([
    /Confirm$/,
    /Check in$/,
    /Cancel appointment$/,
    /No-show$/,
  ]);

  await actions.getByRole('button', { name: 'Check in' }).click();
  await expect(details.getByText('Now Checked in')).toBeVisible();
  await expect(block).toHaveAttribute('data-status', 'checked_in');
  await expect(actions.getByRole('button')).toHaveText([/Seat$/, /Cancel appointment$/]);

  await actions.getByRole('button', { name: 'Seat' }).click();
  await expect(block).toHaveAttribute('data-status', 'in_progress');
  await actions.getByRole('button', { name: 'Complete' }).click();
  await expect(block).toHaveAttribute('data-status', 'completed');
  // Final for the desk: only an administrator or manager may reopen a completed visit.
  await expect(details.getByText('No further status changes.')).toBeVisible();
  await expect(details).toContainText('Completed');

  await page.reload();
  await expect(block).toHaveAttribute('data-status', 'completed');
  await block.click();
  await expect(details).toContainText('Completed');
  await expect(details.getByRole('group', { name: 'Change the status' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();

  await page.locator(`[data-appointment-id="${later.id}"]`).click();
  const laterDetails = page.locator(`[data-appointment-details="${later.id}"]`);
  await laterDetails.getByRole('button', { name: 'Cancel appointment' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this appointment' });
  await confirm.getByLabel('Reason').fill('Patient has the flu');
  await confirm.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(confirm).toBeHidden();

  const cancelled = await request.get(`/api/v1/appointments/${later.id}`, {
    headers: { authorization: `Bearer ${setup.token}` },
  });
  expect(await cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Patient has the flu' });
});

test('the open booking drawer passes axe', async ({ page, request }) => {
  const setup = await setUp(request);
  await openBook(page, setup);
  await freeCell(page, setup, '9:30 AM').click();
  const form = drawer(page);
  await choosePatient(page, setup.patient.firstName, new RegExp(`${setup.patient.firstName} Silva`));
  await form.getByLabel('Appointment type').selectOption({ label: `${setup.type.name} · 45 min · $120.00` });
  await expect(form.getByText(/This time is free and held for you until/)).toBeVisible();
  await form.getByLabel('Notes').fill('Prefers morning visits');
  await expectNoSeriousAxeViolations(page, '.mantine-Drawer-content');
  await page.screenshot({ path: screenshot('booking-drawer') });

  // Closing gives the held time back: another desk can book it at once.
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect
    .poll(async () => {
      const response = await request.post('/api/v1/holds', {
        headers: { authorization: `Bearer ${setup.token}` },
        data: {
          patientId: setup.patient.id,
          providerId: setup.provider.id,
          appointmentTypeId: setup.type.id,
          start: at(setup.date, '09:30', setup.timeZone),
        },
      });
      return response.status();
    })
    .toBe(201);
});
