import { type APIRequestContext, expect as baseExpect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logInAsAdmin } from './support/log-in.ts';
import { createPatient, uniquePhone, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';

test.use({ viewport: { width: 1280, height: 900 } });
// Screens wait on several API calls; a shared two-core machine can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 10_000 });
// The set-up makes two patients, a provider, a booking, a request and a cancellation first.
test.describe.configure({ timeout: 90_000 });

type Offer = { id: string; status: string; start: string; end: string };

function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

/**
 * A waitlist request with one open offer, made the way the server makes offers: a patient
 * waits for a type, and another patient's visit of that type in their window is cancelled.
 */
async function requestWithOffer(request: APIRequestContext) {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const provider = await createProvider(request, token);
  const type = await createAppointmentType(request, token, { name: `Filling ${uniqueTag()}` });
  const tag = uniqueTag();
  const cancelling = await createPatient(request, token, {
    firstName: `Carla ${tag}`,
    lastName: 'Cancela',
    dateOfBirth: '1980-05-04',
    phone: uniquePhone(),
  });
  const waiting = await createPatient(request, token, {
    firstName: `Wagner ${tag}`,
    lastName: 'Espera',
    dateOfBirth: '1991-09-12',
    phone: uniquePhone(),
  });
  const tomorrow = Temporal.Now.plainDateISO(timeZone).add({ days: 1 });
  const start = tomorrow.toZonedDateTime({ timeZone, plainTime: '10:00' }).toInstant().toString();
  const visit = await bookAppointment(request, token, {
    patientId: cancelling.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start,
  });

  const joined = await request.post('/api/v1/waitlist', {
    headers: auth(token),
    data: {
      patientId: waiting.id,
      appointmentTypeId: type.id,
      from: tomorrow.toString(),
      to: tomorrow.add({ days: 6 }).toString(),
      notes: 'Mornings are best',
    },
  });
  expect(joined.status(), await joined.text()).toBe(201);
  const entry = (await joined.json()) as { id: string };

  const cancelled = await request.post(`/api/v1/appointments/${visit.id}/cancel`, {
    headers: auth(token),
    data: { reason: 'Travelling' },
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);

  const offers = await request.get(`/api/v1/waitlist/${entry.id}/offers`, { headers: auth(token) });
  expect(offers.status()).toBe(200);
  const { items } = (await offers.json()) as { items: Offer[] };
  expect(items.map((offer) => offer.status)).toEqual(['open']);

  return { token, timeZone, provider, type, waiting, entry, tomorrow };
}

test('a waitlist request with an offered time is booked with one click', async ({ page, request }) => {
  // The `request` fixture, not the page's: an API login there would replace the page's session.
  const setup = await requestWithOffer(request);
  const patientName = `${setup.waiting.firstName} ${setup.waiting.lastName}`;
  await logInAsAdmin(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Waitlist' }).click();
  await expect(page.getByRole('heading', { name: 'Waitlist', level: 2 })).toBeVisible();
  const card = page.getByRole('article', { name: patientName });
  await expect(card).toContainText(setup.type.name);
  await expect(card).toContainText('Any provider');
  await expect(card).toContainText('Mornings are best');
  await expect(card).toContainText('Waiting');

  // The offered time in the clinic's zone, and who it is with.
  const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: setup.timeZone }).format(
    new Date(
      setup.tomorrow.toZonedDateTime({ timeZone: setup.timeZone, plainTime: '10:00' }).epochMilliseconds,
    ),
  );
  await expect(card).toContainText(longDate);
  await expect(card).toContainText(/10:00\s*–\s*10:30\sAM/);
  await expect(card).toContainText(`with ${setup.provider.name}`);

  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshot('waitlist') });

  await card.getByRole('button', { name: new RegExp(`^Book .* for ${patientName}$`) }).click();
  await expect(page.getByText(`${patientName} is booked for`)).toBeVisible();
  await expect(card.getByText('Booked', { exact: true }).first()).toBeVisible();
  await expect(card).toContainText(`Booked for ${longDate}`);
  await expect(card.getByRole('button', { name: /^Book / })).toHaveCount(0);

  // The server agrees: the request is fulfilled with an appointment at the offered time.
  const list = await request.get('/api/v1/waitlist?status=fulfilled', { headers: auth(setup.token) });
  const { items } = (await list.json()) as { items: { id: string; appointmentId: string | null }[] };
  const fulfilled = items.find((item) => item.id === setup.entry.id);
  expect(fulfilled?.appointmentId).toBeTruthy();

  // After a reload it is no longer waiting, and the Booked view lists it.
  await page.reload();
  await expect(page.getByRole('article', { name: patientName })).toHaveCount(0);
  // The segmented control's radios are visually hidden behind their labels: click the label.
  await page
    .locator('label')
    .filter({ hasText: /^Booked$/ })
    .click();
  await expect(page.getByRole('radio', { name: 'Booked' })).toBeChecked();
  await expect(page).toHaveURL(/status=fulfilled/);
  const bookedCard = page.getByRole('article', { name: patientName });
  await expect(bookedCard).toContainText('Booked');
  await expect(bookedCard).toContainText(longDate);
});

test('an empty view says so', async ({ page }) => {
  // Other tests may withdraw requests in the shared database: this view is made empty here.
  await page.route(
    (url) => url.pathname === '/api/v1/waitlist' && url.searchParams.get('status') === 'withdrawn',
    (route) => route.fulfill({ json: { items: [], nextCursor: null } }),
  );
  await logInAsAdmin(page);
  await page.goto('/waitlist?status=withdrawn');
  await expect(page.getByText('No request has been withdrawn.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
