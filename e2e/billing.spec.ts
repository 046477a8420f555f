import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
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

test.use({ viewport: { width: 1280, height: 900 } });
// Screens wait on several API calls; a shared two-core machine can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

/** A patient whose visit tomorrow at 10:00 (a type with a $120 fee) is in the chair. */
async function visitInTheChair(request: APIRequestContext) {
  const token = await adminToken(request);
  const timeZone = await clinicTimeZone(request, token);
  const provider = await createProvider(request, token);
  const type = await createAppointmentType(request, token, {
    name: `Cleaning ${uniqueTag()}`,
    priceCents: 12_000,
  });
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Paula ${tag}`,
    lastName: 'Pagante',
    dateOfBirth: '1984-02-11',
    phone: uniquePhone(),
  });
  const day = Temporal.Now.plainDateISO(timeZone).add({ days: 1 });
  const start = day.toZonedDateTime({ timeZone, plainTime: '10:00' }).toInstant().toString();
  const visit = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start,
  });
  for (const status of ['checked_in', 'in_progress']) {
    const moved = await request.post(`/api/v1/appointments/${visit.id}/status`, {
      headers: auth(token),
      data: { status },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
  return { token, day, type, patient, visit };
}

/** A patient owing `amountCents` from a charge posted through the API. */
async function patientOwing(request: APIRequestContext, amountCents: number) {
  const token = await adminToken(request);
  const patient = await createPatient(request, token, {
    firstName: `Lino ${uniqueTag()}`,
    lastName: 'Link',
    dateOfBirth: '1979-07-21',
    phone: uniquePhone(),
  });
  const charged = await request.post('/api/v1/charges', {
    headers: auth(token),
    data: { patientId: patient.id, amountCents, description: 'Crown fitting' },
  });
  expect(charged.status(), await charged.text()).toBe(201);
  return { token, patient };
}

const ledgerRow = (page: Page, kind: string) => page.locator(`[data-ledger-entry="${kind}"]`);

test('the desk completes a visit, sees its charge, takes cash, prints the receipt and the balance is paid', async ({
  page,
  request,
}) => {
  const { token, day, type, patient, visit } = await visitInTheChair(request);
  const staff = await createStaffUser(request, token);
  await logIn(page, staff.email, staff.password, staff.name);

  await page.goto(`/appointments?date=${day.toString()}&view=day`);
  await page.locator(`[data-appointment-id="${visit.id}"]`).click();
  const details = page.getByRole('dialog', { name: 'Appointment details' });
  await details.getByRole('button', { name: 'Complete' }).click();
  const checkout = details.getByRole('region', { name: 'Checkout' });
  await expect(checkout).toContainText(`${type.name}`);
  await expect(checkout).toContainText('$120.00');
  await expect(checkout.getByTestId('checkout-balance')).toHaveText('Patient balance: $120.00');
  await expectNoSeriousAxeViolations(page, '[data-appointment-details]');

  // The next visit: the booking drawer opens with the patient filled in.
  await checkout.getByRole('button', { name: 'Book next visit' }).click();
  const booking = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(booking.getByRole('group', { name: new RegExp(patient.firstName) })).toBeVisible();
  await booking.getByRole('button', { name: 'Close' }).first().click();
  await expect(booking).toBeHidden();

  await page.locator(`[data-appointment-id="${visit.id}"]`).click();
  await details.getByRole('region', { name: 'Checkout' }).getByRole('link', { name: 'Open billing' }).click();

  await expect(page).toHaveURL(/tab=billing/);
  await expect(ledgerRow(page, 'charge')).toContainText('+$120.00');
  await expect(page.getByTestId('account-balance')).toHaveText('$120.00');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Take payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take a payment' });
  await expect(dialog.getByRole('radio', { name: 'Cash' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Amount' })).toHaveValue('120.00');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Payment of \$120\.00 recorded\. Receipt no\. \d+/);

  const receipt = page.waitForResponse((response) => response.url().endsWith('/receipt.pdf'));
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download receipt/ }).click();
  const pdf = await receipt;
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^receipt-\d+\.pdf$/);
  expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');

  const printed = page.waitForResponse((response) => response.url().endsWith('/receipt.pdf'));
  await dialog.getByRole('button', { name: /^Print receipt/ }).click();
  expect((await printed).status()).toBe(200);
  await dialog.locator('button', { hasText: 'Close' }).click();

  await expect(page.getByTestId('account-balance')).toHaveText('$0.00');
  await expect(ledgerRow(page, 'payment')).toContainText('-$120.00');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshot('billing-tab'), fullPage: true });

  const statement = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Statement (PDF)' }).click();
  expect((await readFile(await (await statement).path())).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a card payment link, paid on the fake Stripe page, shows in the ledger after the webhook', async ({
  page,
  context,
  request,
}) => {
  const { token, patient } = await patientOwing(request, 4_500);
  const staff = await createStaffUser(request, token);
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}?tab=billing`);
  await expect(page.getByTestId('account-balance')).toHaveText('$45.00');

  await page.getByRole('button', { name: 'Take payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take a payment' });
  await dialog.getByRole('radio', { name: 'Card: send payment link' }).check();
  await dialog.getByRole('button', { name: 'Create payment link' }).click();
  const linkField = dialog.getByRole('textbox', { name: 'Payment link' });
  await expect(linkField).toHaveValue(/\/pay\//);
  const url = await linkField.inputValue();
  await dialog.locator('button', { hasText: 'Close' }).click();

  // The payer: another browser context, not logged in.
  const payerContext = await context.browser()?.newContext();
  if (!payerContext) throw new Error('no browser to open the link in');
  const payer = await payerContext.newPage();
  await payer.goto(url);
  await expect(payer.getByTestId('pay-amount')).toHaveText('$45.00');
  await expect(payer.getByText('L.L.', { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(payer);
  await payer.screenshot({ path: screenshot('pay-link'), fullPage: true });
  await payer.getByRole('button', { name: 'Pay by card' }).click();
  await expect(payer.getByTestId('checkout-amount')).toHaveText('$45.00');
  await payer.getByRole('button', { name: 'Pay' }).click();
  await expect(payer).toHaveURL(/\/payments\/return\?/);
  await expect(
    payer.getByText('Thank you. Your payment is being processed; the clinic will send a receipt.'),
  ).toBeVisible();
  await payerContext.close();

  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId('account-balance').textContent();
    })
    .toBe('$0.00');
  await expect(ledgerRow(page, 'payment')).toContainText('-$45.00');
});

test('payments of the day: totals by method, and a closed day', async ({ page, request }) => {
  const { token, patient } = await patientOwing(request, 8_000);
  const paid = await request.post('/api/v1/payments', {
    headers: { ...auth(token), 'idempotency-key': crypto.randomUUID() },
    data: { patientId: patient.id, amountCents: 8_000, method: 'check', reference: 'CHK-1001' },
  });
  expect(paid.status(), await paid.text()).toBe(201);

  await logInAsAdmin(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Payments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Payments' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`${patient.firstName} Link`) });
  await expect(row).toContainText('Check');
  await expect(row).toContainText('CHK-1001');
  await expect(row).toContainText('$80.00');
  await expect(page.getByRole('definition').first()).toBeVisible();
  await expect(page.locator('[data-total="check"]')).not.toContainText('$0.00');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshot('payments-day'), fullPage: true });

  // A day long past, so closing it blocks no other test's postings.
  await page.getByRole('textbox', { name: 'Day', exact: true }).fill('2001-03-05');
  await expect(page.getByText('No payments on this day.')).toBeVisible();
  await page.getByRole('button', { name: 'Close day' }).click();
  const confirm = page.getByRole('dialog', { name: /^Close Monday, March 5, 2001\?$/ });
  await expect(confirm.locator('[data-total="payments"]')).toContainText('$0.00');
  await confirm.getByRole('button', { name: 'Close the day' }).click();
  await expect(page.getByTestId('day-closed')).toContainText('Closed');
  await expect(page.getByRole('table', { name: 'Closed days' })).toContainText('Monday, March 5, 2001');
});

test('a manager refunds part of a payment from the ledger; the refund is marked and the balance rises', async ({
  page,
  request,
}) => {
  const { token, patient } = await patientOwing(request, 6_000);
  const paid = await request.post('/api/v1/payments', {
    headers: { ...auth(token), 'idempotency-key': crypto.randomUUID() },
    data: { patientId: patient.id, amountCents: 6_000, method: 'cash' },
  });
  expect(paid.status(), await paid.text()).toBe(201);

  await logInAsAdmin(page);
  await page.goto(`/patients/${patient.id}?tab=billing`);
  await expect(page.getByTestId('account-balance')).toHaveText('$0.00');
  await ledgerRow(page, 'payment').getByRole('button', { name: 'Refund' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund a payment' });
  await expect(dialog).toContainText('Still refundable: $60.00');
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('25');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Part of the crown was not fitted');
  await expectNoSeriousAxeViolations(page, '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Refund' }).click();
  await expect(dialog).toBeHidden();

  await expect(ledgerRow(page, 'refund')).toContainText('+$25.00');
  await expect(ledgerRow(page, 'refund')).toContainText('Refund');
  await expect(page.getByTestId('account-balance')).toHaveText('$25.00');
});
