import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logIn } from './support/log-in.ts';
import { createPatient, uniquePhone, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';
import { uniqueEmail } from './support/unique-email.ts';

test.use({ viewport: { width: 1280, height: 900 } });
// The home screen waits on several reports; a shared two-core machine can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

/**
 * A visit of this test's own provider completed today (its $150.00 fee posted) by a patient who
 * then paid $50.00 of it, so $100.00 is due. Other tests share the database: assertions look at
 * this provider's and this patient's rows only.
 */
async function completedVisitWithBalance(request: APIRequestContext) {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const provider = await createProvider(request, token, { name: `Dr Dash ${uniqueTag()}` });
  const type = await createAppointmentType(request, token, {
    name: `Crown ${uniqueTag()}`,
    priceCents: 15_000,
  });
  const patient = await createPatient(request, token, {
    firstName: `Bea ${uniqueTag()}`,
    lastName: 'Balance',
    dateOfBirth: '1981-04-09',
    phone: uniquePhone(),
  });
  const today = Temporal.Now.plainDateISO(timeZone);
  const visit = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: today.toZonedDateTime({ timeZone, plainTime: '09:00' }).toInstant().toString(),
  });
  for (const status of ['checked_in', 'in_progress', 'completed']) {
    const moved = await request.post(`/api/v1/appointments/${visit.id}/status`, {
      headers: auth(token),
      data: { status },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
  const paid = await request.post('/api/v1/payments', {
    headers: { ...auth(token), 'idempotency-key': crypto.randomUUID() },
    data: { patientId: patient.id, amountCents: 5_000, method: 'cash' },
  });
  expect(paid.status(), await paid.text()).toBe(201);
  return { token, provider, patient };
}

async function createManager(request: APIRequestContext, token: string): Promise<StaffUser> {
  const email = uniqueEmail('manager');
  const user = {
    email,
    name: `Mara Manager ${email.slice(8, 16)}`,
    password: 'granite pelican 2026 harbour lamp',
  };
  const response = await request.post('/api/v1/users', {
    headers: auth(token),
    data: { ...user, role: 'manager' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return user;
}

/** The number a card of "Today at a glance" shows under `label`. */
function todayFigure(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Today at a glance' })
    .locator('div', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole('definition');
}

test('the front desk sees today’s visits and who owes, and opens a patient’s billing', async ({
  page,
  request,
}) => {
  const { token, patient } = await completedVisitWithBalance(request);
  const desk = await createStaffUser(request, token, 'dashdesk');

  await logIn(page, desk.email, desk.password, desk.name);
  await expect(page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
  // Other tests book today too: at least this test's visit is counted, and it has arrived.
  await expect(todayFigure(page, 'Visits')).toHaveText(/^\d+$/);
  expect(Number(await todayFigure(page, 'Visits').textContent())).toBeGreaterThanOrEqual(1);
  expect(Number(await todayFigure(page, 'Arrived').textContent())).toBeGreaterThanOrEqual(1);
  // The desk is not shown the clinic's money.
  await expect(page.getByRole('term').filter({ hasText: /^Production$/ })).toHaveCount(0);

  const balances = page.getByRole('table', { name: 'Patients seen today whose account owes' });
  const row = balances.getByRole('row', { name: new RegExp(`${patient.firstName} Balance`) });
  await expect(row).toContainText('$100.00');
  await expect(row).toContainText('Completed');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshot('dashboard-front-desk'), fullPage: true });

  await row.getByRole('link', { name: `${patient.firstName} Balance` }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${patient.id}\\?tab=billing$`));
  await expect(page.getByTestId('account-balance')).toHaveText('$100.00');
});

test('a manager reads the period’s charts, opens production by provider and exports it as CSV', async ({
  page,
  request,
}) => {
  const { token, provider } = await completedVisitWithBalance(request);
  const manager = await createManager(request, token);

  await logIn(page, manager.email, manager.password, manager.name);
  await expect(page.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeVisible();
  const production = todayFigure(page, 'Production');
  await expect(production).toHaveText(/\$/);
  await expect(todayFigure(page, 'No-shows')).toHaveText(/^\d+$/);

  // The period lives in the address, so a reload keeps it.
  await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This week' });
  await expect(page).toHaveURL(/period=this-week/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('this-week');

  const chart = page.getByRole('figure', { name: 'Production and collections by day' });
  await expect(chart.locator('.recharts-surface')).toBeVisible();
  // The chart's text alternative: the same figures as a table, one click away.
  await chart.getByText('Show the figures as a table').click();
  await expect(chart.getByRole('table', { name: 'Production and collections by day' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Appointments by status' })).toBeVisible();

  await page.getByRole('tab', { name: 'Production' }).click();
  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Provider' });
  await expect(page).toHaveURL(/groupBy=provider/);
  const table = page.getByRole('table', { name: 'Production by provider' });
  const providerRow = table.getByRole('row', { name: new RegExp(provider.name) });
  // Production $150.00 (the visit's fee); the payment was not tied to the visit.
  await expect(providerRow.getByRole('cell').first()).toHaveText('$150.00');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshot('dashboard-manager'), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV: Production by provider' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^production-by-provider-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await download.path(), 'utf8');
  const [header, ...lines] = csv.split('\r\n');
  expect(header).toContain('Provider');
  expect(header).toContain('Production (USD)');
  const ours = lines.find((line) => line.includes(provider.name));
  expect(ours).toBeDefined();
  expect(ours?.split(',')).toContain('150.00');
});
