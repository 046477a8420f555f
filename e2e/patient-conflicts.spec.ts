import { type Browser, expect, type Page, test } from '@playwright/test';
import { adminToken } from './support/admin-api.ts';
import { logIn, logInAsAdmin } from './support/log-in.ts';
import { createPatient, putMedicalHistory, uniquePhone, uniqueTag } from './support/patients-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 900 } });

// Two people editing one record: the second save must not silently overwrite the first.
let staff: StaffUser;
test.beforeEach(async ({ request }) => {
  staff = await createStaffUser(request, await adminToken(request));
});

async function openProfileEditor(page: Page, patientId: string): Promise<void> {
  await page.goto(`/patients/${patientId}`);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await expect(page.getByRole('form', { name: 'Edit profile' })).toBeVisible();
}

async function adminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInAsAdmin(page);
  return page;
}

test('saving over someone else’s newer save explains the conflict and keeps what was typed', async ({
  page,
  request,
  browser,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Helena ${tag}`,
    lastName: 'Rocha',
    dateOfBirth: '1972-01-30',
    phone: uniquePhone(),
  });

  // Two people open the same profile for editing, in two browsers.
  await logIn(page, staff.email, staff.password, staff.name);
  await openProfileEditor(page, patient.id);
  const other = await adminPage(browser);
  await openProfileEditor(other, patient.id);

  // The other person saves first.
  const theirPhone = uniquePhone();
  await other.getByRole('textbox', { name: 'Phone', exact: true }).fill(theirPhone);
  await other.getByRole('button', { name: 'Save profile' }).click();
  await expect(other.getByRole('button', { name: 'Edit profile' })).toBeVisible();
  await other.context().close();

  // This person's save is refused, and what they typed stays.
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Prefers morning appointments');
  await page.getByRole('button', { name: 'Save profile' }).click();
  const conflict = page
    .getByRole('alert')
    .filter({ hasText: 'Someone else saved this patient after you opened it' });
  await expect(conflict).toBeVisible();
  await expect(notes).toHaveValue('Prefers morning appointments');
  await expect(conflict).toBeInViewport();
  await page.screenshot({ path: screenshot('patient-conflict') });

  // Loading their version keeps the typing and takes their phone.
  await conflict.getByRole('button', { name: 'Reload their version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Their version is loaded' })).toBeVisible();
  await expect(notes).toHaveValue('Prefers morning appointments');
  const phone = page.getByRole('textbox', { name: 'Phone', exact: true });
  await expect(phone).toHaveValue(/^\+1212555\d{4}$/);
  expect((await phone.inputValue()).slice(-4)).toBe(theirPhone.slice(-4));

  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('button', { name: 'Edit profile' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Profile' })).toContainText('Prefers morning appointments');
  // The summary shows the number as the clinic's country writes it.
  await expect(page.getByRole('region', { name: 'Patient summary' })).toContainText(
    `(212) 555-${theirPhone.slice(-4)}`,
  );
});

test('saving the medical history over a newer version explains the conflict and shows what changed', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Irene ${tag}`,
    lastName: 'Sousa',
    dateOfBirth: '1961-05-09',
    phone: uniquePhone(),
  });

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}?tab=history`);
  await expect(page.getByText('Nothing recorded yet.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Edit history' }).click();
  await page.getByRole('button', { name: 'Add allergy' }).click();
  await page.getByRole('textbox', { name: 'Substance' }).fill('Ibuprofen');

  // Meanwhile someone else records a history (version 1).
  await putMedicalHistory(
    request,
    token,
    patient.id,
    { medications: [{ name: 'Warfarin', dose: '5 mg', frequency: 'daily' }] },
    0,
  );

  await page.getByRole('button', { name: 'Save history' }).click();
  const conflict = page
    .getByRole('alert')
    .filter({ hasText: 'Someone else saved this medical history after you opened it' });
  await expect(conflict).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Substance' })).toHaveValue('Ibuprofen');

  await conflict.getByRole('button', { name: 'Reload their version' }).click();
  const loaded = page.getByRole('status').filter({ hasText: 'Version 1 is loaded' });
  await expect(loaded.locator('[data-status="added"]')).toContainText('Warfarin');
  await expect(page.getByRole('textbox', { name: 'Substance' })).toHaveValue('Ibuprofen');

  // Saving now records version 2 on top of theirs, as the form shows it.
  await page.getByRole('button', { name: 'Save history' }).click();
  await expect(page.getByText(`Version 2 · recorded by ${staff.name}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Versions' }).getByRole('listitem', { name: 'Version 2' }),
  ).toContainText('Removed medication: Warfarin');
});
