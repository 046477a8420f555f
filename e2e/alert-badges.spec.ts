import { expect, type Locator, test } from '@playwright/test';
import { adminToken } from './support/admin-api.ts';
import { bookedDay, nextWeekday } from './support/booked-day.ts';
import { logIn } from './support/log-in.ts';
import { putMedicalHistory } from './support/patients-api.ts';
import { createStaffUser } from './support/staff-user.ts';

/** WCAG contrast of each badge's text against its own background, as drawn. */
function badgeContrasts(list: Locator) {
  return list.getByRole('listitem').evaluateAll((badges) =>
    badges.map((badge) => {
      const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = channels(css).map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(badge);
      // An outline badge has no background of its own: it shows the page's (white here).
      const transparent = (style.backgroundColor.match(/[\d.]+/g) ?? [])[3] === '0';
      const background = transparent ? 'rgb(255, 255, 255)' : style.backgroundColor;
      const [light, dark] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
      return { text: badge.textContent ?? '', ratio: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05) };
    }),
  );
}

test('every alert badge can be read: mild, moderate and severe, on the chart and in the appointment drawer', async ({
  page,
  request,
}) => {
  const { token, day, patient, appointment } = await bookedDay(request, (timeZone) =>
    nextWeekday(timeZone, 2),
  );
  await putMedicalHistory(
    request,
    token,
    patient.id,
    {
      allergies: [
        { substance: 'Penicillin', reaction: 'Hives', severity: 'severe' },
        { substance: 'Latex', reaction: 'Rash', severity: 'moderate' },
        { substance: 'Pollen', reaction: 'Sneezing', severity: 'mild' },
      ],
    },
    0,
  );
  const staff = await createStaffUser(request, await adminToken(request));
  await logIn(page, staff.email, staff.password, staff.name);

  await page.goto(`/patients/${patient.id}`);
  const chartAlerts = page.getByRole('list', { name: 'Alerts' }).first();
  await expect(chartAlerts).toContainText('Allergy: Latex · moderate');
  // Before, the moderate badge was filled with its own text colour: a ratio of 1.
  for (const badge of await badgeContrasts(chartAlerts))
    expect(badge.ratio, badge.text).toBeGreaterThanOrEqual(4.5);

  await page.goto(`/appointments?date=${day}&view=day`);
  await page.locator(`[data-appointment-id="${appointment.id}"]`).click();
  const drawerAlerts = page
    .getByRole('dialog', { name: 'Appointment details' })
    .getByRole('list', { name: 'Alerts' });
  await expect(drawerAlerts).toContainText('Allergy: Latex · moderate');
  for (const badge of await badgeContrasts(drawerAlerts))
    expect(badge.ratio, badge.text).toBeGreaterThanOrEqual(4.5);
});
