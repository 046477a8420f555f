import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logIn, logInAsAdmin } from './support/log-in.ts';
import { uniqueTag } from './support/patients-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 900 } });
// Screens wait on several API calls; a shared two-core machine can take longer than 5 s.
const expect = baseExpect.configure({ timeout: 10_000 });
// Each test walks a whole screen (several saves and reloads): more than the default 30 s on a
// busy two-core machine.
test.describe.configure({ timeout: 90_000 });

// Set-up goes through the `request` fixture, not the page's: that one shares the browser's
// cookies, and an API login there would replace the session the page is signed in with.
async function clinic(request: APIRequestContext): Promise<{ currency: string; timeZone: string }> {
  const token = await adminToken(request);
  const response = await request.get('/api/v1/clinic', {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return response.json();
}

/** Counts the catalog writes the page sends, to prove an invalid form sends none. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (['POST', 'PATCH', 'DELETE'].includes(request.method()) && request.url().includes('/api/v1/')) {
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    }
  });
  return writes;
}

async function openTab(page: Page, name: string, tab: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]tab=${tab}`));
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test.describe('as an administrator', () => {
  test.beforeEach(async ({ page }) => {
    await logInAsAdmin(page);
  });

  test('appointment types are created with a price, listed as money, and refused when invalid', async ({
    page,
    request,
  }) => {
    const { currency } = await clinic(request);
    const name = `Whitening ${uniqueTag()}`;
    const writes = recordWrites(page);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Scheduling setup' })
      .click();
    await expect(page.getByRole('heading', { name: 'Scheduling setup' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Appointment types' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    // Invalid: an empty name and a duration of 0 are explained under their fields; nothing is sent.
    await page.getByRole('button', { name: 'New appointment type' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment type' });
    await dialog.getByRole('textbox', { name: 'Duration (minutes)' }).fill('0');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Check the fields marked below');
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Required/);
    await expect(dialog.getByRole('textbox', { name: 'Duration (minutes)' })).toHaveAccessibleDescription(
      /Must be at least 5/,
    );
    await expect(dialog.getByRole('textbox', { name: 'Duration (minutes)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(writes).toEqual([]);

    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Duration (minutes)' }).fill('45');
    await dialog.getByRole('textbox', { name: 'Buffer after (minutes)' }).fill('10');
    await dialog.getByRole('textbox', { name: `Price (${currency})` }).fill('120.5');
    await dialog.getByRole('textbox', { name: 'Colour code' }).fill('#7048e8');
    await dialog.getByRole('switch', { name: 'Bookable online' }).check({ force: true });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    expect(writes).toEqual(['POST /api/v1/appointment-types']);

    const price = new Intl.NumberFormat('en', { style: 'currency', currency }).format(120.5);
    const row = page
      .getByRole('table', { name: 'Appointment types' })
      .getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(price);
    await expect(row).toContainText('45 minutes');
    await expect(row).toContainText('10 minutes');
    await expect(row).toContainText('#7048e8');
    await expect(row).toContainText('Bookable online');
    await expect(row).toContainText('All providers');

    // The saved price comes back into the form as money, and an edit is saved.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit appointment type' });
    await expect(edit.getByRole('textbox', { name: `Price (${currency})` })).toHaveValue('120.50');
    await edit.getByRole('textbox', { name: `Price (${currency})` }).fill('99');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText(new Intl.NumberFormat('en', { style: 'currency', currency }).format(99));

    // The tab is in the URL: a reload comes back to it.
    await openTab(page, 'Holidays', 'holidays');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Holidays' })).toHaveAttribute('aria-selected', 'true');
  });

  test('operatories and holidays are added, renamed, deactivated and deleted', async ({ page, request }) => {
    const { timeZone } = await clinic(request);
    const chair = `Chair ${uniqueTag()}`;
    await page.goto('/settings/scheduling?tab=operatories');

    await page.getByRole('button', { name: 'Add operatory' }).click();
    await expect(page.getByRole('textbox', { name: 'Operatory name' })).toHaveAccessibleDescription(
      /Required/,
    );

    await page.getByRole('textbox', { name: 'Operatory name' }).fill(chair);
    await page.getByRole('button', { name: 'Add operatory' }).click();
    const operatories = page.getByRole('table', { name: 'Operatories' });
    const chairRow = operatories.getByRole('row', { name: new RegExp(chair) });
    await expect(chairRow).toContainText('Active');

    // The same name twice is refused by the server and explained under the field, translated.
    await page.getByRole('textbox', { name: 'Operatory name' }).fill(chair);
    await page.getByRole('button', { name: 'Add operatory' }).click();
    await expect(page.getByRole('textbox', { name: 'Operatory name' })).toHaveAccessibleDescription(
      /Another operatory already has this name/,
    );

    await chairRow.getByRole('button', { name: `Rename ${chair}` }).click();
    const rename = page.getByRole('dialog', { name: 'Rename operatory' });
    await rename.getByRole('textbox', { name: 'Operatory name' }).fill(`${chair} East`);
    await rename.getByRole('button', { name: 'Save' }).click();
    const renamedRow = operatories.getByRole('row', { name: new RegExp(`${chair} East`) });
    await renamedRow.getByRole('button', { name: `Deactivate ${chair} East` }).click();
    await expect(renamedRow).toContainText('Inactive');
    await renamedRow.getByRole('button', { name: `Reactivate ${chair} East` }).click();
    await expect(renamedRow).toContainText('Active');

    await openTab(page, 'Holidays', 'holidays');
    const holiday = `Founders Day ${uniqueTag()}`;
    // A date of its own far ahead, so reruns and other tests do not collide on it.
    const date = Temporal.Now.plainDateISO(timeZone).add({ days: 400 + Math.floor(Math.random() * 300) });
    await page.getByLabel('Date').fill(date.toString());
    await page.getByRole('textbox', { name: 'Holiday name' }).fill(holiday);
    await page.getByRole('button', { name: 'Add holiday' }).click();
    const holidays = page.getByRole('table', { name: 'Upcoming holidays' });
    const holidayRow = holidays.getByRole('row', { name: new RegExp(holiday) });
    const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${date.toString()}T12:00:00Z`),
    );
    await expect(holidayRow).toContainText(longDate);

    await holidayRow.getByRole('button', { name: `Delete ${holiday}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this holiday?' });
    await expect(confirm).toContainText(longDate);
    await confirm.getByRole('button', { name: 'Delete holiday' }).click();
    await expect(confirm).toBeHidden();
    await expect(holidayRow).toHaveCount(0);
  });

  test('providers are created and edited', async ({ page }) => {
    const name = `Dr ${uniqueTag()}`;
    await page.goto('/settings/scheduling?tab=providers');

    await page.getByRole('button', { name: 'New provider' }).click();
    const dialog = page.getByRole('dialog', { name: 'New provider' });
    await dialog.getByRole('textbox', { name: 'Colour code' }).fill('teal');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Required/);
    await expect(dialog.getByRole('textbox', { name: 'Colour code' })).toHaveAccessibleDescription(
      /Use a colour like #1c7ed6/,
    );

    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('DDS');
    await dialog.getByRole('textbox', { name: 'Colour code' }).fill('#e03131');
    await expect(dialog.getByLabel('Linked user account')).toBeVisible();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();

    const table = page.getByRole('table', { name: 'Providers' });
    const row = table.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('DDS');
    await expect(row).toContainText('#e03131');
    await expect(row).toContainText('Not linked');

    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit provider' });
    await edit.getByRole('textbox', { name: 'Title' }).fill('Hygienist');
    await edit.getByRole('switch', { name: 'Active' }).uncheck({ force: true });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText('Hygienist');
    await expect(row).toContainText('Inactive');
  });

  test('every tab and the clinic settings page pass axe', async ({ page, request }) => {
    // Something in each list, so the checks see tables rather than empty states.
    const token = await adminToken(request);
    const headers = { authorization: `Bearer ${token}` };
    const created = await request.post('/api/v1/appointment-types', {
      headers,
      data: { name: `Check-up ${uniqueTag()}`, durationMinutes: 30, priceCents: 8000 },
    });
    expect(created.status()).toBe(201);
    const provider = await request.post('/api/v1/providers', {
      headers,
      data: { name: `Dr ${uniqueTag()}`, title: 'DMD', color: '#1098ad' },
    });
    expect(provider.status()).toBe(201);

    await page.goto('/settings/scheduling');
    await expect(page.getByRole('table', { name: 'Appointment types' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: screenshot('scheduling-setup') });

    for (const [name, tab] of [
      ['Operatories', 'operatories'],
      ['Holidays', 'holidays'],
      ['Providers', 'providers'],
    ] as const) {
      await openTab(page, name, tab);
      await expect(page.getByRole('tabpanel', { name })).toBeVisible();
      await expect(page.getByRole('tabpanel', { name }).getByRole('progressbar')).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
    }

    await page.getByRole('button', { name: 'New provider' }).click();
    await expect(page.getByRole('dialog', { name: 'New provider' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.goto('/settings/clinic');
    await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});

test('a staff user has no scheduling setup link and is refused the page', async ({ page, request }) => {
  const staff = await createStaffUser(request, await adminToken(request), 'setup-desk');
  await logIn(page, staff.email, staff.password, staff.name);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Scheduling setup' })).toHaveCount(0);

  await page.goto('/settings/scheduling?tab=providers');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('tab')).toHaveCount(0);
});
