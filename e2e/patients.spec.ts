import { expect, type Page, test } from '@playwright/test';
import { adminToken } from './support/admin-api.ts';
import { logIn, logInAsAdmin } from './support/log-in.ts';
import { createPatient, putMedicalHistory, uniquePhone, uniqueTag } from './support/patients-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 900 } });

// Patients are looked after by the front desk: a staff account, made by the admin through the API.
let staff: StaffUser;
test.beforeEach(async ({ request }) => {
  staff = await createStaffUser(request, await adminToken(request));
});

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search patients' });
}

test('staff find a patient by a misspelt name from the keyboard and record an allergy in a new version', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const beatriz = await createPatient(request, token, {
    firstName: `Beatriz ${tag}`,
    lastName: 'Magalhães',
    dateOfBirth: '1985-03-02',
    phone: uniquePhone(),
  });
  await createPatient(request, token, {
    firstName: `Bruno ${tag}`,
    lastName: 'Magalhães',
    dateOfBirth: '1979-11-23',
    phone: uniquePhone(),
  });
  // Version 1 of her history, so that saving in the browser makes version 2.
  await putMedicalHistory(
    request,
    token,
    beatriz.id,
    { allergies: [{ substance: 'Latex', reaction: 'Rash', severity: 'moderate' }] },
    0,
  );

  await logIn(page, staff.email, staff.password, staff.name);

  // "/" from anywhere outside a field focuses the header search.
  await page.keyboard.press('/');
  const search = searchBox(page);
  await expect(search).toBeFocused();
  await page.keyboard.type('magalhes');
  const results = page.getByRole('listbox', { name: 'Patients found' });
  const option = results.getByRole('option', { name: new RegExp(`Beatriz ${tag} Magalhães`) });
  await expect(option).toBeVisible();
  await expect(option).toContainText('03/02/1985');
  await expect(option).toContainText('Allergy: Latex · moderate');
  await expect(results.getByRole('option', { name: new RegExp(`Bruno ${tag} Magalhães`) })).toBeVisible();

  const optionId = await option.getAttribute('id');

  // Escape closes the list and keeps the text; the arrows open it again.
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(search).toHaveValue('magalhes');
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  // ArrowDown walks the results (other tests' Magalhães may be listed too) until hers is active.
  for (let step = 0; step < 8 && (await search.getAttribute('aria-activedescendant')) !== optionId; step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(search).toHaveAttribute('aria-activedescendant', optionId ?? 'missing');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: screenshot('patient-search') });

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/patients/${beatriz.id}$`));
  await expect(page.getByRole('heading', { name: `Beatriz ${tag} Magalhães` })).toBeVisible();
  await expect(results).toBeHidden();
  for (const tab of ['Profile', 'Medical history', 'Appointments', 'Billing']) {
    await expect(page.getByRole('tab', { name: tab })).toBeVisible();
  }

  // Record the allergy: a new version of the history.
  await page.getByRole('tab', { name: 'Medical history' }).click();
  await expect(page.getByText('Version 1 · recorded by Administrator')).toBeVisible();
  await page.getByRole('button', { name: 'Edit history' }).click();
  await page.getByRole('button', { name: 'Add allergy' }).click();
  await page.getByRole('textbox', { name: 'Substance' }).last().fill('Penicillin');
  await page.getByRole('textbox', { name: 'Reaction' }).last().fill('Anaphylaxis');
  await page.getByRole('combobox', { name: 'Severity' }).last().selectOption('severe');
  await page.getByRole('button', { name: 'Save history' }).click();

  // The header shows the new allergy: red, with an icon and the severity in words.
  const alerts = page.getByRole('region', { name: 'Patient summary' }).getByRole('list', { name: 'Alerts' });
  await expect(
    alerts.getByRole('listitem').filter({ hasText: 'Allergy: Penicillin · severe' }),
  ).toBeVisible();
  await expect(page.getByText(`Version 2 · recorded by ${staff.name}`)).toBeVisible();

  const versions = page.getByRole('region', { name: 'Versions' });
  const version2 = versions.getByRole('listitem', { name: 'Version 2' });
  await expect(version2).toContainText(staff.name);
  await expect(version2.getByRole('list', { name: 'Changes in version 2' })).toContainText(
    'Added allergy: Penicillin',
  );
  await expect(versions.getByRole('listitem', { name: 'Version 1' })).toContainText('Added allergy: Latex');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot('patient-chart') });

  await version2.getByRole('button', { name: 'Show differences' }).click();
  const diff = version2.getByRole('region', { name: 'Allergies changes' });
  await expect(diff.locator('[data-status="added"]')).toContainText('Penicillin');
  await expect(diff.locator('[data-status="added"]')).toContainText('Severity: severe');
  await expect(diff.locator('[data-status="changed"]')).toHaveCount(0);
  await expect(version2).toContainText('Compared with version 1');
  await versions.screenshot({ path: screenshot('patient-history-diff') });
});

test('registering someone who may already exist shows the candidates and can still go ahead', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const existing = await createPatient(request, token, {
    firstName: `Carla ${tag}`,
    lastName: 'Duarte',
    dateOfBirth: '1990-07-15',
    phone: uniquePhone(),
  });

  await logIn(page, staff.email, staff.password, staff.name);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  await expect(page).toHaveURL(/\/patients\/new$/);

  // Checked with the shared schema before anything is sent.
  await page.getByRole('button', { name: 'Create patient' }).click();
  await expect(page.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription('Required');

  // Same person written differently (case, no accent needed): the server warns.
  await page.getByRole('textbox', { name: 'First name' }).fill(`carla ${tag.toLowerCase()}`);
  await page.getByRole('textbox', { name: 'Last name' }).fill('DUARTE');
  await page.getByLabel('Date of birth').fill('1990-07-15');
  await page.getByRole('textbox', { name: 'Phone' }).fill(uniquePhone());
  await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await page.getByRole('button', { name: 'Create patient' }).click();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
    'Must be a valid email address',
  );
  await page.getByRole('textbox', { name: 'Email' }).fill('');
  await page.getByRole('button', { name: 'Create patient' }).click();

  const warning = page.getByRole('alert').filter({ hasText: 'This patient may already be registered' });
  await expect(warning).toBeVisible();
  const candidate = warning.getByRole('link', { name: `Carla ${tag} Duarte` });
  await expect(candidate).toHaveAttribute('href', `/patients/${existing.id}`);
  await expect(warning).toContainText('07/15/1990');
  await page.screenshot({ path: screenshot('patient-duplicate-warning') });

  await page.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(existing.id);
  await expect(page.getByRole('heading', { name: `carla ${tag.toLowerCase()} DUARTE` })).toBeVisible();
});

test('the patients page lists and finds patients, and managers archive and bring them back', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Jorge ${tag}`,
    lastName: 'Pinto',
    dateOfBirth: '1958-12-01',
    phone: uniquePhone(),
  });

  // Staff do not see archiving.
  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}`);
  await expect(page.getByRole('heading', { name: `Jorge ${tag} Pinto` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive patient' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Appointments' })).toBeVisible();
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await expect(page.getByText('No upcoming visits.')).toBeVisible();

  await page.context().clearCookies();
  await logInAsAdmin(page);
  await page.goto('/patients');
  await expect(page.getByRole('table', { name: 'Patients' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a patient' }).fill(`jorge ${tag}`);
  const table = page.getByRole('table', { name: 'Patients' });
  await expect(table.getByRole('link', { name: `Jorge ${tag} Pinto` })).toBeVisible();
  await table.getByRole('link', { name: `Jorge ${tag} Pinto` }).click();

  await page.getByRole('button', { name: 'Archive patient' }).click();
  const dialog = page.getByRole('dialog', { name: `Archive Jorge ${tag} Pinto?` });
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Patient summary' })).toContainText('Archived');

  // Archived patients leave search, unless asked for.
  await page.goto(`/patients?q=${encodeURIComponent(`jorge ${tag}`)}`);
  await expect(page.getByText('No patients found.')).toBeVisible();
  // The box follows the URL, so it shows ticked only once the navigation has rendered:
  // click, then wait for it, rather than check(), which expects the change at once.
  const includeArchived = page.getByRole('checkbox', { name: 'Include archived' });
  await includeArchived.click();
  await expect(includeArchived).toBeChecked();
  await expect(table.getByRole('row', { name: new RegExp(`Jorge ${tag} Pinto`) })).toContainText(
    '(archived)',
  );
  await table.getByRole('link', { name: `Jorge ${tag} Pinto` }).click();
  await page.getByRole('button', { name: 'Unarchive patient' }).click();
  await expect(page.getByRole('button', { name: 'Archive patient' })).toBeVisible();
});
