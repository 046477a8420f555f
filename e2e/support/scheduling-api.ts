import { type APIRequestContext, expect } from '@playwright/test';
import { uniqueTag } from './patients-api.ts';

export type CreatedProvider = { id: string; name: string };
export type CreatedAppointmentType = { id: string; name: string; durationMinutes: number };
export type CreatedAppointment = { id: string; start: string; end: string; version: number };

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

function auth(token: string) {
  return { authorization: `Bearer ${token}` };
}

/**
 * A provider with a unique name who works 08:00–18:00 every day of the week (in the clinic's
 * zone), so a test can use any date without landing on a day off. Tests share one database:
 * look the provider up by name, never by column position.
 */
export async function createProvider(
  request: APIRequestContext,
  token: string,
  input: { name?: string; userId?: string; hours?: { weekday: number; start: string; end: string }[] } = {},
): Promise<CreatedProvider> {
  const name = input.name ?? `Dr ${uniqueTag()}`;
  const created = await request.post('/api/v1/providers', {
    headers: auth(token),
    data: { name, ...(input.userId ? { userId: input.userId } : {}) },
  });
  expect(created.status(), await created.text()).toBe(201);
  const provider = (await created.json()) as CreatedProvider;
  const hours = input.hours ?? weekdays.map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
  const saved = await request.put(`/api/v1/providers/${provider.id}/working-hours`, {
    headers: auth(token),
    data: hours,
  });
  expect(saved.status(), await saved.text()).toBe(200);
  return provider;
}

export async function createAppointmentType(
  request: APIRequestContext,
  token: string,
  input: { name?: string; durationMinutes?: number; priceCents?: number; color?: string } = {},
): Promise<CreatedAppointmentType> {
  const response = await request.post('/api/v1/appointment-types', {
    headers: auth(token),
    data: { name: input.name ?? `Cleaning ${uniqueTag()}`, durationMinutes: 30, ...input },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

export async function bookAppointment(
  request: APIRequestContext,
  token: string,
  input: { patientId: string; providerId: string; appointmentTypeId: string; start: string; notes?: string },
): Promise<CreatedAppointment> {
  // Tests book earlier today too: as the desk would, they confirm a time already past.
  const response = await request.post('/api/v1/appointments', {
    headers: auth(token),
    data: { ...input, allowPast: true },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** The clinic's IANA zone, which the calendar shows times in. */
export async function clinicTimeZone(request: APIRequestContext, token: string): Promise<string> {
  const response = await request.get('/api/v1/clinic', { headers: auth(token) });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { timeZone: string }).timeZone;
}
