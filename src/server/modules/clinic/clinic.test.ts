import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import { clinicSettings } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';

// Far from the real time, so that a change stamped by the system clock shows.
const clock = new Date('2026-04-01T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const admin = await authHeader(app, 'admin');

function putClinic(payload: unknown, headers: Record<string, string> = admin) {
  return app.inject({ method: 'PUT', url: '/api/v1/clinic', payload: payload as object, headers });
}

describe('clinic settings', () => {
  it('answers defaults on a fresh database', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/clinic' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      timeZone: 'UTC',
      currency: 'USD',
      bookingPolicy: { slotStepMinutes: 15 },
    });
  });

  it('saves every field and returns what it saved', async () => {
    const input = clinicSettingsInput();
    const saved = await putClinic(input);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(input);
    const read = await app.inject({ method: 'GET', url: '/api/v1/clinic' });
    expect(read.json()).toEqual(input);
  });

  it('keeps locale and country when a client leaves them out, and validates them', async () => {
    await putClinic(clinicSettingsInput({ locale: 'pt-BR', country: 'BR' }));
    const { locale: _locale, country: _country, ...withoutRegional } = clinicSettingsInput({ name: 'Kept' });
    const saved = await putClinic(withoutRegional);
    expect(saved.json()).toMatchObject({ name: 'Kept', locale: 'pt-BR', country: 'BR' });
    const bad = await putClinic(clinicSettingsInput({ locale: 'not a locale!', country: 'Brazil' }));
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['country', 'locale']);
  });

  it('rejects a time zone that is not an IANA zone with 422 and the field path', async () => {
    for (const timeZone of ['Mars/Olympus', '+01:00', 'EST5EDT6', '']) {
      const response = await putClinic(clinicSettingsInput({ timeZone }));
      expect(response.statusCode, timeZone).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'timeZone' }] });
    }
  });

  it('rejects booking policy values out of bounds with 422 naming each field', async () => {
    const response = await putClinic(
      clinicSettingsInput({
        bookingPolicy: {
          minNoticeMinutes: -1,
          maxAdvanceDays: 0,
          cancellationNoticeHours: 24,
          slotStepMinutes: 7,
        },
      }),
    );
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'bookingPolicy.minNoticeMinutes',
        'bookingPolicy.maxAdvanceDays',
        'bookingPolicy.slotStepMinutes',
      ]),
    );
  });

  it('rejects an unknown currency code', async () => {
    const response = await putClinic(clinicSettingsInput({ currency: 'XYZ1' }));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'currency' })]);
  });

  it('rejects wrong types with 400 and the field path', async () => {
    const response = await putClinic({ ...clinicSettingsInput(), name: 42, bookingPolicy: 'soon' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: expect.arrayContaining([
        expect.objectContaining({ path: 'name' }),
        expect.objectContaining({ path: 'bookingPolicy' }),
      ]),
    });
  });

  it('rejects unknown fields rather than silently dropping them', async () => {
    const response = await putClinic({
      ...clinicSettingsInput(),
      timezone: 'Europe/Lisbon',
      bookingPolicy: { ...clinicSettingsInput().bookingPolicy, slotStep: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'timezone', message: 'Unknown field' },
        { path: 'bookingPolicy.slotStep', message: 'Unknown field' },
      ]),
    );
  });

  it('leaves the saved settings untouched when an update is rejected', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/v1/clinic' })).json();
    await putClinic({ ...clinicSettingsInput({ name: 'Should not land' }), currency: 12 });
    const after = (await app.inject({ method: 'GET', url: '/api/v1/clinic' })).json();
    expect(after).toEqual(before);
  });

  it('lets only admins change the settings; anyone may read them', async () => {
    expect((await putClinic(clinicSettingsInput(), {})).statusCode).toBe(401);
    for (const role of ['manager', 'staff', 'provider', 'patient'] as const) {
      const response = await putClinic(clinicSettingsInput(), await authHeader(app, role));
      expect(response.statusCode, role).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/clinic' })).statusCode).toBe(200);
  });

  it('records each change in the audit trail, stamped by the clinic clock', async () => {
    expect((await putClinic(clinicSettingsInput({ name: 'Before' }))).statusCode).toBe(200);
    const changed = await putClinic(
      clinicSettingsInput({
        name: 'After',
        bookingPolicy: { ...clinicSettingsInput().bookingPolicy, maxAdvanceDays: 90 },
      }),
    );
    expect(changed.statusCode).toBe(200);
    const [row] = await ctx.db.select({ updatedAt: clinicSettings.updatedAt }).from(clinicSettings);
    expect(row?.updatedAt).toEqual(clock);
    const events = await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'clinic.update'));
    expect(events.at(-1)).toMatchObject({
      actorRole: 'admin',
      entity: 'clinic',
      outcome: 'success',
      detail: { fields: ['name', 'bookingPolicy.maxAdvanceDays'] },
    });
    // A refused update changes nothing, so it records no change either.
    await putClinic({ ...clinicSettingsInput({ name: 'Refused' }), currency: 12 });
    expect(
      await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'clinic.update')),
    ).toHaveLength(events.length);
  });
});
