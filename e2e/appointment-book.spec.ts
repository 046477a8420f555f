import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { bookedDay, nextWeekday } from './support/booked-day.ts';
import { at } from './support/clinic-dates.ts';
import { logIn } from './support/log-in.ts';
import { createPatient, putMedicalHistory, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const nextWednesday = (timeZone: string) => nextWeekday(timeZone, 3);

function dayHeading(date: Temporal.PlainDate, timeZone: string): string {
  const noon = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('12:00') });
  return new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone }).format(noon.epochMilliseconds);
}

function weekHeading(date: Temporal.PlainDate, timeZone: string): string {
  const monday = date.subtract({ days: date.dayOfWeek - 1 });
  const noon = (day: Temporal.PlainDate) =>
    day.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('12:00') }).epochMilliseconds;
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone }).formatRange(
    noon(monday),
    noon(monday.add({ days: 6 })),
  );
}

async function staffToken(request: APIRequestContext, user: StaffUser): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email: user.email, password: user.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).accessToken;
}

async function appointmentStart(request: APIRequestContext, token: string, id: string): Promise<number> {
  const response = await request.get(`/api/v1/appointments/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return Date.parse((await response.json()).start);
}

async function openDay(page: Page, day: Temporal.PlainDate, timeZone: string) {
  await page.goto(`/appointments?date=${day.toString()}&view=day`);
  await expect(page.getByRole('heading', { level: 2, name: dayHeading(day, timeZone) })).toBeVisible();
}

let staff: StaffUser;
test.beforeEach(async ({ request }) => {
  staff = await createStaffUser(request, await adminToken(request));
});

test('dragging a visit to another time moves it for good, and Undo moves it back', async ({
  page,
  request,
}) => {
  const { token, timeZone, day, provider, appointment } = await bookedDay(request, nextWednesday);
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);

  const block = page.locator(`[data-appointment-id="${appointment.id}"]`);
  await expect(block).toHaveAttribute('aria-label', /10:00/);
  const target = page.locator(
    `[data-provider-id="${provider.id}"][data-start="${at(day, '11:30', timeZone)}"]`,
  );
  await expect(target).toHaveAttribute('data-open', 'true');
  await block.scrollIntoViewIfNeeded();
  const from = await block.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the block and the cell must be on screen');
  const grabX = from.x + from.width / 2;
  const grabY = from.y + from.height / 2;
  await page.mouse.move(grabX, grabY);
  await page.mouse.down();
  await page.mouse.move(grabX, grabY + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, grabY + (to.y - from.y), { steps: 12 });
  await page.mouse.up();

  await expect(block).toHaveAttribute('aria-label', /11:30/);
  await expect(page.getByText(/moved to/)).toBeVisible();
  await expect
    .poll(() => appointmentStart(request, token, appointment.id))
    .toBe(Date.parse(at(day, '11:30', timeZone)));

  await page.reload();
  await expect(page.locator(`[data-appointment-id="${appointment.id}"]`)).toHaveAttribute(
    'aria-label',
    /11:30/,
  );

  // Undo takes back the latest move: move it once more, to 09:00, then undo that.
  await page.locator(`[data-appointment-id="${appointment.id}"]`).scrollIntoViewIfNeeded();
  const again = await page.locator(`[data-appointment-id="${appointment.id}"]`).boundingBox();
  const earlier = await page
    .locator(`[data-provider-id="${provider.id}"][data-start="${at(day, '09:00', timeZone)}"]`)
    .boundingBox();
  if (!again || !earlier) throw new Error('the block and the cell must be on screen');
  await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
  await page.mouse.down();
  await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2 - 10, { steps: 3 });
  await page.mouse.move(earlier.x + earlier.width / 2, again.y + again.height / 2 + (earlier.y - again.y), {
    steps: 12,
  });
  await page.mouse.up();
  await expect(block).toHaveAttribute('aria-label', /9:00/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(block).toHaveAttribute('aria-label', /11:30/);
  await expect(page.getByText('The move was undone.')).toBeVisible();
  await expect
    .poll(() => appointmentStart(request, token, appointment.id))
    .toBe(Date.parse(at(day, '11:30', timeZone)));
});

test('a visit booked at another desk shows up within a second', async ({ browser, request }) => {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const day = nextWednesday(timeZone).add({ days: 1 });
  const tag = uniqueTag();
  const provider = await createProvider(request, token, { name: `Dr ${tag} Live` });
  const type = await createAppointmentType(request, token, { name: `Check-up ${tag}` });
  const patient = await createPatient(request, token, {
    firstName: `Lia ${tag}`,
    lastName: 'Ramos',
    dateOfBirth: '1990-01-20',
  });
  const otherDesk = await createStaffUser(request, token, 'front');

  const first = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const bookingPage = await first.newPage();
    await logIn(bookingPage, otherDesk.email, otherDesk.password, otherDesk.name);
    const watching = await second.newPage();
    await logIn(watching, staff.email, staff.password, staff.name);
    const stream = watching.waitForResponse((response) => response.url().includes('/api/v1/events'));
    await openDay(watching, day, timeZone);
    expect((await stream).status()).toBe(200);

    // The first desk books with its own session, through the API as its browser would.
    const booked = await bookAppointment(
      bookingPage.request,
      await staffToken(bookingPage.request, otherDesk),
      {
        patientId: patient.id,
        providerId: provider.id,
        appointmentTypeId: type.id,
        start: at(day, '14:00', timeZone),
      },
    );
    await expect(watching.locator(`[data-appointment-id="${booked.id}"]`)).toBeVisible({ timeout: 1000 });
    await expect(watching.locator(`[data-appointment-id="${booked.id}"]`)).toContainText(`Lia ${tag} Ramos`);
  } finally {
    await first.close();
    await second.close();
  }
});

test('t, ← and → move between days from the keyboard', async ({ page, request }) => {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const day = nextWednesday(timeZone);
  await createProvider(request, token, { name: `Dr ${uniqueTag()} Keys` });
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);
  const heading = page.getByRole('heading', { level: 2 });

  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(dayHeading(day.add({ days: 1 }), timeZone));
  await expect(page).toHaveURL(new RegExp(`date=${day.add({ days: 1 }).toString()}`));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(dayHeading(day.subtract({ days: 1 }), timeZone));
  await page.keyboard.press('t');
  await expect(heading).toHaveText(dayHeading(Temporal.Now.plainDateISO(timeZone), timeZone));

  // Arrows inside a field stay in the field: only the press outside it steps a week.
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Week', { exact: true }).click();
  const today = Temporal.Now.plainDateISO(timeZone);
  await expect(heading).toHaveText(weekHeading(today, timeZone));
  await page.getByRole('combobox', { name: 'Provider' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await heading.click();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(weekHeading(today.add({ weeks: 1 }), timeZone));
});

test('the month shows how busy each day is, and a day opens its day view', async ({ page, request }) => {
  const { timeZone, day } = await bookedDay(request, (timeZone) => nextWednesday(timeZone).add({ weeks: 1 }));
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/appointments?date=${day.toString()}&view=month`);
  const dayButton = page.locator(`button[data-date="${day.toString()}"]`);
  await expect(dayButton).toContainText(/\d+ appointments?/);
  await expect(dayButton).toHaveAccessibleName(
    new RegExp(`${dayHeading(day, timeZone)}: \\d+ appointments?`),
  );
  await dayButton.click();
  await expect(page).toHaveURL(
    new RegExp(`date=${day.toString()}.*view=day|view=day.*date=${day.toString()}`),
  );
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(dayHeading(day, timeZone));
});

test('the day view is accessible and looks right at desk and tablet widths', async ({ page, request }) => {
  const { token, timeZone, day, provider, type, tag } = await bookedDay(request, (timeZone) =>
    nextWednesday(timeZone).add({ days: 2 }),
  );
  const withAlerts = await createPatient(request, token, {
    firstName: `Bia ${tag}`,
    lastName: 'Souza',
    dateOfBirth: '1979-11-23',
  });
  await putMedicalHistory(
    request,
    token,
    withAlerts.id,
    { allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'severe' }] },
    0,
  );
  await bookAppointment(request, token, {
    patientId: withAlerts.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(day, '11:00', timeZone),
    notes: 'Prefers the morning',
  });
  const away = await request.post(`/api/v1/providers/${provider.id}/time-off`, {
    headers: { authorization: `Bearer ${token}` },
    data: { start: at(day, '15:00', timeZone), end: at(day, '16:00', timeZone), reason: 'Lunch and learn' },
  });
  expect(away.status(), await away.text()).toBe(201);
  // A second provider of this test's own, so the picture shows columns side by side.
  const colleague = await createProvider(request, token, { name: `Dr ${tag} Second` });
  await bookAppointment(request, token, {
    patientId: (
      await createPatient(request, token, {
        firstName: `Caio ${tag}`,
        lastName: 'Lima',
        dateOfBirth: '1992-04-11',
      })
    ).id,
    providerId: colleague.id,
    appointmentTypeId: type.id,
    start: at(day, '09:30', timeZone),
  });
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);
  const awayCell = page.locator(
    `[data-provider-id="${provider.id}"][data-start="${at(day, '15:15', timeZone)}"]`,
  );
  await expect(awayCell).toHaveAttribute('data-open', 'false');
  await expect(awayCell).toHaveAccessibleName(/during time off/);
  await expect(page.getByText('Time off: Lunch and learn')).toBeVisible();
  await expect(
    page.locator(`[data-provider-id="${provider.id}"][data-start="${at(day, '14:45', timeZone)}"]`),
  ).toHaveAttribute('data-open', 'true');
  const alertBlock = page.locator('[data-appointment-id]', { hasText: `Bia ${tag} Souza` });
  await expect(alertBlock).toHaveAccessibleName(/1 alert/);
  // The page itself; the shell's navigation is checked on its own (its active link is another matter).
  await expectNoSeriousAxeViolations(page, 'main');
  await page.screenshot({ path: screenshot('day-view') });

  await alertBlock.click();
  const details = page.getByRole('dialog', { name: 'Appointment details' });
  await expect(details.getByRole('link', { name: `Open the chart of Bia ${tag} Souza` })).toHaveAttribute(
    'href',
    `/patients/${withAlerts.id}`,
  );
  await expect(details).toContainText('Allergy: Penicillin · severe');
  await expect(details).toContainText('Prefers the morning');
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(alertBlock).toBeVisible();
  await page.screenshot({ path: screenshot('day-view-tablet') });

  // Scrolled, the visits pass under the provider names, never over them. Measured and scrolled
  // in one step inside the page, each poll: a re-render or a shift of the page between a
  // measurement and the check cannot move the point being looked at.
  const early = page.locator('[data-appointment-id]', { hasText: `Caio ${tag} Lima` });
  await expect
    .poll(() =>
      early.evaluate((card) => {
        const scroller = card.closest('section');
        const header = scroller?.querySelector('[class*="header"]');
        if (!scroller || !header) return 'the day view is not laid out';
        const headerHeight = header.getBoundingClientRect().height;
        const top = scroller.getBoundingClientRect().top;
        // The card's top half-way up the header row.
        scroller.scrollTop += card.getBoundingClientRect().top - (top + headerHeight / 2);
        const cardBox = card.getBoundingClientRect();
        if (cardBox.top >= top + headerHeight / 2 + 2) return 'the card could not be scrolled under';
        const under = document.elementFromPoint(cardBox.left + cardBox.width / 2, top + headerHeight / 2 + 1);
        return under?.closest('[data-appointment-id]') ? 'the card is drawn over the header' : 'under';
      }),
    )
    .toBe('under');
  await page.screenshot({ path: screenshot('day-view-scrolled') });
});

async function appointmentEnd(request: APIRequestContext, token: string, id: string): Promise<number> {
  const response = await request.get(`/api/v1/appointments/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return Date.parse((await response.json()).end);
}

test('dragging the bottom edge makes a visit longer, Shift+↑ shorter, and Undo takes that back', async ({
  page,
  request,
}) => {
  const { token, timeZone, day, provider, appointment } = await bookedDay(request, (timeZone) =>
    nextWednesday(timeZone).add({ days: 1 }),
  );
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);
  const block = page.locator(`[data-appointment-id="${appointment.id}"]`);
  await expect(block).toHaveAttribute('aria-label', /10:00/);
  await block.scrollIntoViewIfNeeded();
  const cell = (time: string) =>
    page.locator(`[data-provider-id="${provider.id}"][data-start="${at(day, time, timeZone)}"]`);
  const halfPast = await cell('10:30').boundingBox();
  const eleven = await cell('11:00').boundingBox();
  const handle = await block.locator('[data-resize-handle]').boundingBox();
  if (!halfPast || !eleven || !handle) throw new Error('the block and the cells must be on screen');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + (eleven.y - halfPast.y), { steps: 8 });
  await page.mouse.up();

  await expect(page.getByText(/now ends at 11:00/)).toBeVisible();
  await expect
    .poll(() => appointmentEnd(request, token, appointment.id))
    .toBe(Date.parse(at(day, '11:00', timeZone)));
  // Still where it was, and not opened by the pointer coming up.
  expect(await appointmentStart(request, token, appointment.id)).toBe(Date.parse(at(day, '10:00', timeZone)));
  await expect(page.getByRole('dialog', { name: 'Appointment details' })).toHaveCount(0);

  const clinic = await (
    await request.get('/api/v1/clinic', { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const step = clinic.bookingPolicy.slotStepMinutes * 60_000;
  await block.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect
    .poll(() => appointmentEnd(request, token, appointment.id))
    .toBe(Date.parse(at(day, '11:00', timeZone)) - step);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The move was undone.')).toBeVisible();
  await expect
    .poll(() => appointmentEnd(request, token, appointment.id))
    .toBe(Date.parse(at(day, '11:00', timeZone)));
});

test('a visit moves by keyboard too: space, arrows, space', async ({ page, request }) => {
  const { token, timeZone, day, appointment } = await bookedDay(request, (timeZone) =>
    nextWednesday(timeZone).add({ days: 3 }),
  );
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);
  const block = page.locator(`[data-appointment-id="${appointment.id}"]`);
  await block.focus();
  await page.keyboard.press('Space');
  // Once it is announced as held over its column, the arrows move it.
  await expect(page.getByRole('status').filter({ hasText: /Ana .* is over Dr / })).toBeAttached();
  // Each press moves it one slot once the last one is drawn (a person presses no faster).
  const transform = () => block.evaluate((element: HTMLElement) => element.style.transform);
  for (let step = 0; step < 2; step++) {
    const before = await transform();
    await page.keyboard.press('ArrowDown');
    await expect.poll(transform).not.toBe(before);
  }
  await page.keyboard.press('Space');
  await expect(page.getByText(/moved to/)).toBeVisible();
  // The slot step is the clinic's (15 minutes unless changed): two steps down.
  const clinic = await (
    await request.get('/api/v1/clinic', { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const expected = Date.parse(at(day, '10:00', timeZone)) + 2 * clinic.bookingPolicy.slotStepMinutes * 60_000;
  await expect.poll(() => appointmentStart(request, token, appointment.id)).toBe(expected);
  // Arrows while moving moved the visit, not the date.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(dayHeading(day, timeZone));
});

test('dragging over free cells asks to book that whole stretch', async ({ page, request }) => {
  const { timeZone, day, provider } = await bookedDay(request, (timeZone) =>
    nextWednesday(timeZone).add({ days: 4 }),
  );
  await logIn(page, staff.email, staff.password, staff.name);
  await openDay(page, day, timeZone);
  const cell = (time: string) =>
    page.locator(`[data-provider-id="${provider.id}"][data-start="${at(day, time, timeZone)}"]`);
  await cell('13:00').scrollIntoViewIfNeeded();
  await cell('13:00').hover();
  await page.mouse.down();
  await cell('13:30').hover();
  await cell('13:45').hover();
  await page.mouse.up();
  const book = page.locator('[data-booking-start]');
  await expect(book).toHaveAttribute('data-booking-start', at(day, '13:00', timeZone));
  await expect(book).toHaveAttribute('data-booking-end', at(day, '14:00', timeZone));
  await expect(page.getByRole('dialog')).toBeVisible();
});
