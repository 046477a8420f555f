import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { adminName } from './fixtures.ts';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logIn, logInAsAdmin, logOut, userMenuButton } from './support/log-in.ts';
import { createPatient, uniquePhone, uniqueTag } from './support/patients-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1400, height: 900 } });

test('an admin finds who read a patient’s record by typing the patient’s name, and exports it', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Olga ${tag}`,
    lastName: 'Auditada',
    dateOfBirth: '1971-06-14',
    phone: uniquePhone(),
  });
  const patientName = `Olga ${tag} Auditada`;
  const staff = await createStaffUser(request, token, 'reader');

  // The front desk opens her chart.
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}`);
  await expect(page.getByRole('heading', { name: patientName })).toBeVisible();
  await logOut(page, staff.name);

  await logInAsAdmin(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  // Walking the whole chain takes a while on a long trail: it runs when asked.
  await page.getByRole('button', { name: 'Check the trail' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Audit trail intact' })).toContainText(
    /\d+ events checked/,
  );

  // By name, in the booking drawer's patient picker.
  await page.getByRole('combobox', { name: 'Patient', exact: true }).fill(`Olga ${tag}`);
  await page
    .getByRole('listbox', { name: 'Patients found' })
    .getByRole('option', { name: new RegExp(patientName) })
    .click();
  await expect(page).toHaveURL(new RegExp(`[?&]patientId=${patient.id}`));

  const table = page.getByRole('table', { name: 'Audit events' });
  const read = table
    .getByRole('row')
    .filter({ hasText: staff.name })
    .filter({ hasText: 'Read patient record' });
  await expect(read).toHaveCount(1);
  await expect(read).toContainText('Staff');
  await expect(read).toContainText('patients.read');
  await expect(read.getByRole('link', { name: patientName })).toHaveAttribute(
    'href',
    `/patients/${patient.id}`,
  );
  // Only her events: every row names her.
  for (const row of await table.getByRole('row').all()) {
    if (await row.getByRole('columnheader').count()) continue;
    await expect(row).toContainText(patientName);
  }
  await page.screenshot({ path: screenshot('audit-viewer') });
  await expectNoSeriousAxeViolations(page);

  // Narrowed to the reader, by name; the address keeps every filter, so a reload shows the same.
  const user = page.getByRole('combobox', { name: 'User', exact: true });
  await user.fill(staff.name);
  await page.getByRole('option', { name: new RegExp(staff.name) }).click();
  await expect(page).toHaveURL(/[?&]actorId=/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Patient', exact: true })).toHaveValue(patientName);
  await expect(page.getByRole('combobox', { name: 'User', exact: true })).toHaveValue(
    `${staff.name} · Staff`,
  );
  await expect(table.getByRole('row').filter({ hasText: 'Read patient record' })).toHaveCount(1);
  await expect(table).not.toContainText(adminName);

  // The CSV holds what the table shows.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toMatch(/^\uFEFFid,at,actorId,actorName,actorRole,action,/);
  expect(csv).toContain(
    `,${staff.name},staff,patients.read,patient,${patient.id},${patient.id},${patientName},`,
  );

  // In Portuguese, the action reads as such.
  await userMenuButton(page, adminName).click();
  await page.getByRole('menuitem', { name: 'Português (Brasil)' }).click();
  await expect(page.getByRole('heading', { name: 'Registro de auditoria' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Eventos de auditoria' })
      .getByRole('row')
      .filter({ hasText: 'Abriu o prontuário' }),
  ).toHaveCount(1);
});
