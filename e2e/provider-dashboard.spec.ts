import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { at } from './support/clinic-dates.ts';
import { logIn, logInAsAdmin } from './support/log-in.ts';
import { createPatient, putMedicalHistory, uniquePhone, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  type CreatedProvider,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createProviderUser, type ProviderUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });
// Each test makes its accounts, patients and bookings through the API before it starts.
test.describe.configure({ timeout: 180_000 });
// Pages wait on several requests (session, clinic, providers, hours): give a loaded machine time.
const expect = baseExpect.configure({ timeout: 15_000 });

type Dentist = { login: ProviderUser; provider: CreatedProvider; token: string; zone: string; tag: string };

/** A provider login linked to a provider profile, made by the admin through the API. */
async function dentist(
  request: APIRequestContext,
  hours?: { weekday: number; start: string; end: string }[],
): Promise<Dentist> {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const login = await createProviderUser(request, token);
  const provider = await createProvider(request, token, {
    name: `Dr ${tag} Ferreira`,
    userId: login.id,
    ...(hours ? { hours } : {}),
  });
  return { login, provider, token, zone: await clinicTimeZone(request, token), tag };
}

/** An instant as the clinic's wall-clock time, HH:MM. */
function wallClock(instant: string, zone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(zone)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

function gridCell(page: Page, weekday: number, hour: number, minute = 0) {
  return page.locator(
    `[data-testid="working-hours-grid"] [data-weekday="${weekday}"][data-start="${hour * 60 + minute}"]`,
  );
}

async function openSlots(request: APIRequestContext, d: Dentist, typeId: string, date: string) {
  const query = new URLSearchParams({
    appointmentTypeId: typeId,
    from: date,
    to: date,
    providerId: d.provider.id,
  });
  const response = await request.get(`/api/v1/availability?${query}`, {
    headers: { authorization: `Bearer ${d.token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { slots } = (await response.json()) as { slots: { start: string; end: string }[] };
  // As clinic wall-clock times, HH:MM.
  const local = (instant: string) =>
    Temporal.Instant.from(instant)
      .toZonedDateTimeISO(d.zone)
      .toPlainTime()
      .toString({ smallestUnit: 'minute' });
  return slots.map((slot) => ({ start: local(slot.start), end: local(slot.end) }));
}

test('a provider sees today’s patients in order, with type, alerts, the next patient and the week ahead', async ({
  page,
  request,
}) => {
  // Working round the clock, so that "later today" exists whenever the test runs.
  const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
  const d = await dentist(request, allDay);
  const type = await createAppointmentType(request, d.token, {
    name: `Root canal ${d.tag}`,
    durationMinutes: 30,
  });
  const beatriz = await createPatient(request, d.token, {
    firstName: `Beatriz ${d.tag}`,
    lastName: 'Magalhães',
    dateOfBirth: '1985-03-02',
    phone: uniquePhone(),
  });
  await putMedicalHistory(
    request,
    d.token,
    beatriz.id,
    { allergies: [{ substance: 'Latex', reaction: 'Anaphylaxis', severity: 'severe' }] },
    0,
  );
  const caio = await createPatient(request, d.token, {
    firstName: `Caio ${d.tag}`,
    lastName: 'Nogueira',
    dateOfBirth: '1990-07-14',
    phone: uniquePhone(),
  });
  const now = Temporal.Now.zonedDateTimeISO(d.zone);
  const today = now.toPlainDate();
  const book = (patientId: string, start: string, notes?: string) =>
    bookAppointment(request, d.token, {
      patientId,
      providerId: d.provider.id,
      appointmentTypeId: type.id,
      start,
      ...(notes ? { notes } : {}),
    });
  // Booked out of order; the page lists them by time.
  await book(caio.id, at(today, '15:00', d.zone));
  await book(beatriz.id, at(today, '09:00', d.zone), 'Check the crown on 36');
  await book(caio.id, at(today, '11:30', d.zone));
  // The next half hour from now, while today lasts: the patient to get ready for.
  const nextStart = now
    .round({ smallestUnit: 'minute', roundingIncrement: 30, roundingMode: 'ceil' })
    .add({ minutes: 30 });
  const soon =
    nextStart.toPlainDate().equals(today) &&
    !['09:00', '11:30', '15:00'].includes(nextStart.toPlainTime().toString({ smallestUnit: 'minute' }))
      ? await book(beatriz.id, nextStart.toInstant().toString())
      : null;
  const tomorrow = today.add({ days: 1 });
  await book(beatriz.id, at(tomorrow, '10:00', d.zone));
  await book(caio.id, at(tomorrow, '16:00', d.zone));

  await logIn(page, d.login.email, d.login.password, d.login.name);
  await page.getByRole('link', { name: 'My day', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'My day', level: 2 })).toBeVisible();
  // A provider is never offered anyone else's day.
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveCount(0);

  const list = page.getByRole('list', { name: 'Today’s appointments' });
  const items = list.locator(':scope > li');
  // The morning visit, found by its note (a visit booked for the next half hour may come first).
  const morning = items.filter({ hasText: 'Check the crown on 36' });
  await expect(morning).toContainText('9:00');
  await expect(morning.getByRole('link', { name: `Beatriz ${d.tag} Magalhães` })).toHaveAttribute(
    'href',
    `/patients/${beatriz.id}`,
  );
  await expect(morning).toContainText(`Root canal ${d.tag}`);
  await expect(morning).toContainText('Scheduled');
  await expect(morning.getByRole('list', { name: 'Alerts' })).toContainText('Allergy: Latex · severe');
  // In time order, whatever order they were booked in; Caio has no alerts to show.
  const byTime = [
    { start: at(today, '09:00', d.zone), name: `Beatriz ${d.tag} Magalhães` },
    { start: at(today, '11:30', d.zone), name: `Caio ${d.tag} Nogueira` },
    { start: at(today, '15:00', d.zone), name: `Caio ${d.tag} Nogueira` },
    ...(soon ? [{ start: soon.start, name: `Beatriz ${d.tag} Magalhães` }] : []),
  ].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  await expect(items.getByRole('link')).toHaveText(byTime.map((visit) => visit.name));
  await expect(items.filter({ hasText: `Caio ${d.tag}` }).getByRole('list', { name: 'Alerts' })).toHaveCount(
    0,
  );

  // The next patient is the first whose visit has not ended yet; late in the evening, nobody.
  const upcomingToday = [
    { start: at(today, '09:00', d.zone), end: at(today, '09:30', d.zone) },
    { start: at(today, '11:30', d.zone), end: at(today, '12:00', d.zone) },
    { start: at(today, '15:00', d.zone), end: at(today, '15:30', d.zone) },
    ...(soon ? [{ start: soon.start, end: soon.end }] : []),
  ]
    .filter((visit) => Date.parse(visit.end) > Date.now())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const marked = list.locator('[data-next="true"]');
  if (upcomingToday.length > 0) {
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText('Next patient');
  } else {
    await expect(marked).toHaveCount(0);
  }

  // The week ahead: tomorrow's two visits, counted and timed; an empty day says so.
  const week = page.getByRole('list', { name: 'Appointments in the next 7 days' });
  await expect(week.locator(':scope > li')).toHaveCount(7);
  const tomorrowItem = week.locator(`[data-date="${tomorrow}"]`);
  await expect(tomorrowItem).toContainText('2 appointments');
  await expect(tomorrowItem).toContainText('10:00');
  await expect(tomorrowItem).toContainText('4:00');
  await expect(tomorrowItem.getByRole('link', { name: `Beatriz ${d.tag} Magalhães` })).toBeVisible();
  await expect(week.locator(`[data-date="${today.add({ days: 3 })}"]`)).toContainText('No appointments');

  await page.screenshot({ path: screenshot('provider-dashboard') });
  await expectNoSeriousAxeViolations(page);
});

test('a provider edits their week in the grid, it is kept, and their free time changes', async ({
  page,
  request,
}) => {
  const d = await dentist(request);
  const type = await createAppointmentType(request, d.token, {
    name: `Check-up ${d.tag}`,
    durationMinutes: 30,
  });
  const day = Temporal.Now.plainDateISO(d.zone).add({ days: 2 });
  const weekday = day.dayOfWeek;
  const before = await openSlots(request, d, type.id, day.toString());
  expect(before.some((slot) => slot.start >= '14:00')).toBe(true);

  await logIn(page, d.login.email, d.login.password, d.login.name);
  await page.getByRole('link', { name: 'My schedule' }).click();
  await expect(page.getByText(`Working hours of ${d.provider.name}`)).toBeVisible();
  await expect(gridCell(page, weekday, 14)).toHaveAttribute('data-state', 'full');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Drag down that weekday's column from 13:00 to 17:30: the afternoon off.
  const from = gridCell(page, weekday, 13);
  const to = gridCell(page, weekday, 17, 30);
  // Hovering waits for each cell to be in view and still, so a late layout shift cannot make
  // the stroke end a row short (which once left 17:30–18:00 as a second interval).
  await from.hover();
  await page.mouse.down();
  await gridCell(page, weekday, 15).hover();
  await to.hover();
  await page.mouse.up();
  await expect(gridCell(page, weekday, 15)).toHaveAttribute('data-state', 'none');
  await expect(to).toHaveAttribute('data-state', 'none');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Then from the keyboard: the stroke left focus on 13:00; up one and Space frees 12:30 too.
  await expect(from).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(gridCell(page, weekday, 12, 30)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(gridCell(page, weekday, 12, 30)).toHaveAttribute('data-state', 'none');
  await expect(gridCell(page, weekday, 12)).toHaveAttribute('data-state', 'full');

  const dayName = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, weekday),
  );
  await expect(page.getByRole('textbox', { name: `${dayName}, interval 1, end` })).toHaveValue('12:30');
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().includes('/working-hours'),
  );
  await page.getByRole('button', { name: 'Save working hours' }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: `${dayName}, interval 1, end` })).toHaveValue('12:30');
  await expect(page.getByRole('textbox', { name: `${dayName}, interval 2, start` })).toHaveCount(0);
  await expect(gridCell(page, weekday, 12, 30)).toHaveAttribute('data-state', 'none');
  await expect(gridCell(page, weekday, 10)).toHaveAttribute('data-state', 'full');

  // The booking side sees it: nothing open that day from 12:30 on, the morning still open.
  const after = await openSlots(request, d, type.id, day.toString());
  expect(after.some((slot) => slot.start < '12:00')).toBe(true);
  expect(after.filter((slot) => slot.end > '12:30')).toEqual([]);
  // And so does the appointment book's day view, whose free cells say whether they are open.
  await page.goto(`/appointments?date=${day}&view=day`);
  const cells = page.locator(`[data-cell][data-provider-id="${d.provider.id}"]`);
  await expect(cells.first()).toBeAttached();
  const byTime = async () =>
    (
      await cells.evaluateAll((elements) =>
        elements.map(
          (element) => [element.getAttribute('data-start') ?? '', element.dataset.open ?? ''] as const,
        ),
      )
    ).map(([start, open]) => ({ time: wallClock(start, d.zone), open: open === 'true' }));
  await expect.poll(async () => (await byTime()).some((cell) => cell.time < '12:00' && cell.open)).toBe(true);
  const book = await byTime();
  // The colleague still works afternoons, so the afternoon rows are on the axis to be checked.
  expect(book.filter((cell) => cell.time >= '13:00').length).toBeGreaterThan(0);
  expect(book.filter((cell) => cell.time >= '12:30' && cell.open)).toEqual([]);
  await page.goBack();

  // Time off: added in the clinic's time, listed, then deleted.
  const start = `${day.add({ days: 7 })}T08:00`;
  await page.getByLabel('Starts').fill(start);
  await page.getByLabel('Ends').fill(`${day.add({ days: 7 })}T12:00`);
  await page.getByLabel('Reason').fill('Implant course');
  await page.getByRole('button', { name: 'Add time off' }).click();
  const timeOff = page.getByRole('table', { name: 'Time off' });
  await expect(timeOff.getByRole('row', { name: /Implant course/ })).toBeVisible();
  // The week's grid at the top of the page, as a provider opens it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot('my-schedule') });
  await expectNoSeriousAxeViolations(page);
  await timeOff.getByRole('button', { name: /^Delete time off/ }).click();
  await expect(page.getByText('No time off recorded.')).toBeVisible();
});

test('a provider edits only their own hours; an unlinked login is told why it sees nothing; admins choose', async ({
  page,
  request,
}) => {
  const d = await dentist(request);
  const colleague = await createProvider(request, d.token, { name: `Dr ${d.tag} Colleague` });

  // Even a link naming a colleague shows the provider their own hours, with no way to choose.
  await logIn(page, d.login.email, d.login.password, d.login.name);
  await page.goto(`/my-schedule?provider=${colleague.id}`);
  await expect(page.getByText(`Working hours of ${d.provider.name}`)).toBeVisible();
  await expect(page.getByText(`Working hours of ${colleague.name}`)).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveCount(0);

  const unlinked = await createProviderUser(request, d.token, 'unlinked');
  await page.context().clearCookies();
  await logIn(page, unlinked.email, unlinked.password, unlinked.name);
  await page.goto('/my-day');
  await expect(page.getByText('Your login is not linked to a provider')).toBeVisible();
  await page.goto('/my-schedule');
  await expect(page.getByText('Your login is not linked to a provider')).toBeVisible();

  // Admins and managers look after everyone's hours: they pick whose.
  await page.context().clearCookies();
  await logInAsAdmin(page);
  await page.goto('/my-schedule');
  await expect(page.getByText('Choose a provider to edit their working hours and time off.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Provider' }).fill(colleague.name);
  await page.getByRole('option', { name: colleague.name }).click();
  await expect(page.getByText(`Working hours of ${colleague.name}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`provider=${colleague.id}`));
  await expectNoSeriousAxeViolations(page);
});
