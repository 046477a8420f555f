import { expect, type Page, test } from '@playwright/test';
import { adminToken } from './support/admin-api.ts';
import { logInAsAdmin } from './support/log-in.ts';
import { screenshot } from './support/screenshot.ts';

// Tall enough for the whole form: fullPage stitching would repeat the fixed AppShell header.
test.use({ viewport: { width: 1280, height: 960 } });

const selectLabels = ['Time zone', 'Currency'];
const textLabels = [
  'Clinic name',
  'Phone',
  'Address',
  'Minimum notice (minutes)',
  'Maximum advance (days)',
  'Cancellation notice (hours)',
  'Slot step (minutes)',
];

// By role and exact accessible name, so a label that stops naming its input fails the test.
function field(page: Page, label: string) {
  return page.getByRole(selectLabels.includes(label) ? 'combobox' : 'textbox', { name: label, exact: true });
}

// Changing the clinic settings takes an administrator.
test.beforeEach(async ({ page }) => {
  await logInAsAdmin(page);
});

test('clinic settings are saved, survive a reload, and invalid values are explained', async ({
  page,
  request,
}) => {
  // Every test shares this server: the calendar's rows follow the slot step, so the settings
  // this test changes are put back afterwards whatever happens.
  const token = await adminToken(request);
  const headers = { authorization: `Bearer ${token}` };
  const original = await (await request.get('/api/v1/clinic', { headers })).json();
  try {
    await changeAndCheckSettings(page);
  } finally {
    const restored = await request.put('/api/v1/clinic', { headers, data: original });
    expect(restored.status(), await restored.text()).toBe(200);
  }
});

async function changeAndCheckSettings(page: Page) {
  await page.goto('/settings/clinic');
  for (const label of [...textLabels, ...selectLabels]) {
    await expect(field(page, label), label).toBeVisible();
  }

  const name = field(page, 'Clinic name');
  const slotStep = field(page, 'Slot step (minutes)');
  const newStep = (await slotStep.inputValue()) === '20' ? '25' : '20';

  await name.fill('Bright Smiles Dental');
  await slotStep.fill(newStep);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.reload();
  await expect(name).toHaveValue('Bright Smiles Dental');
  await expect(slotStep).toHaveValue(newStep);

  // An invalid value is explained under its field and never reaches the server.
  const puts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.push(request.url());
  });
  await slotStep.fill('7');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Must be a multiple of 5 minutes')).toBeVisible();
  await expect(slotStep).toHaveAttribute('aria-invalid', 'true');
  await expect(slotStep).toHaveAccessibleDescription(/Must be a multiple of 5 minutes/);
  expect(puts).toEqual([]);

  await page.screenshot({ path: screenshot('clinic-settings') });
}

// The client validates with the same schema as the server, so a real server rejection cannot be
// provoked from the form; a stubbed answer checks that problem+json field errors are placed.
test('field errors from a problem+json answer appear under their fields', async ({ page }) => {
  await page.route('**/api/v1/clinic', async (route) => {
    if (route.request().method() !== 'PUT') return route.fallback();
    await route.fulfill({
      status: 422,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Validation failed',
        status: 422,
        code: 'validation_failed',
        errors: [
          { path: 'timeZone', message: 'Zone rejected by the server' },
          { path: 'bookingPolicy.slotStepMinutes', message: 'Step rejected by the server' },
        ],
      }),
    });
  });

  await page.goto('/settings/clinic');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('alert')).toContainText('Could not save the settings');
  await expect(field(page, 'Time zone')).toHaveAccessibleDescription(/Zone rejected by the server/);
  await expect(field(page, 'Slot step (minutes)')).toHaveAccessibleDescription(/Step rejected by the server/);
});
