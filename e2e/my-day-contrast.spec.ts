import { expect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { at } from './support/clinic-dates.ts';
import { logIn } from './support/log-in.ts';
import { createPatient, uniqueTag } from './support/patients-api.ts';
import {
  bookAppointment,
  clinicTimeZone,
  createAppointmentType,
  createProvider,
} from './support/scheduling-api.ts';
import { createProviderUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('My day’s links read clearly on a cancelled visit, in light and dark', async ({ page, request }) => {
  const token = await adminToken(request);
  const zone = await clinicTimeZone(request, token);
  const tag = uniqueTag();
  const login = await createProviderUser(request, token);
  const provider = await createProvider(request, token, { name: `Dr ${tag} Lima`, userId: login.id });
  const type = await createAppointmentType(request, token, { name: `Filling ${tag}` });
  const today = Temporal.Now.plainDateISO(zone);
  const patient = await createPatient(request, token, {
    firstName: `Clara ${tag}`,
    lastName: 'Nunes',
    dateOfBirth: '1990-02-11',
  });
  const visit = await bookAppointment(request, token, {
    patientId: patient.id,
    providerId: provider.id,
    appointmentTypeId: type.id,
    start: at(today, '09:00', zone),
  });
  const cancelled = await request.post(`/api/v1/appointments/${visit.id}/cancel`, {
    headers: { authorization: `Bearer ${token}` },
    data: {},
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);

  await logIn(page, login.email, login.password, login.name);
  const navLink = page.getByRole('navigation').getByRole('link', { name: 'My day' });
  await expect(navLink).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await navLink.click();
  const link = page.getByRole('link', { name: `Clara ${tag} Nunes` });
  await expect(link).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(link).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
