import { count, eq, isNotNull, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn } from '../../../../test/auth.ts';
import { clinicSettingsInput } from '../../../../test/factories/clinic.ts';
import { patients, users } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { updateClinicSettings } from '../clinic/service.ts';
import { medicalHistoryVersions } from '../medical-history/medical-history-tables.ts';
import { createDemoFakers, fakePatientInput, seedDemoFakers } from './fake-patients.ts';
import { seedDemoData } from './seed-demo-data.ts';

const { app, ctx } = await createTestApp();
await updateClinicSettings(ctx.db, clinicSettingsInput({ locale: 'pt-BR', country: 'BR' }));
const password = 'demo clinic password for tests 2025';

async function demoCounts() {
  const staff = await ctx.db
    .select({ role: users.role, n: count() })
    .from(users)
    .where(like(users.email, '%@demo.topsmile.test'))
    .groupBy(users.role);
  const [patientRows] = await ctx.db
    .select({ n: count() })
    .from(patients)
    .where(like(patients.notes, 'Demo patient #%'));
  const [histories] = await ctx.db.select({ n: count() }).from(medicalHistoryVersions);
  return {
    staff: Object.fromEntries(staff.map((row) => [row.role, row.n])),
    patients: patientRows?.n ?? 0,
    histories: histories?.n ?? 0,
  };
}

describe('seed-demo', () => {
  it('invents the same patient for the same seed', () => {
    const fakers = createDemoFakers();
    const today = new Date('2026-01-15T12:00:00Z');
    const invent = (seed: number[]) => {
      seedDemoFakers(fakers, seed);
      return fakePatientInput(fakers, { country: 'BR', today });
    };
    expect(invent([1, 7])).toEqual(invent([1, 7]));
    expect(invent([1, 7])).not.toEqual(invent([1, 8]));
  });

  it('creates the staff and the number of patients asked, all valid', async () => {
    const result = await seedDemoData(ctx, { patients: 40, password });
    expect(result.patients).toEqual({ created: 40, existing: 0 });
    expect(result.generatedPassword).toBeUndefined();
    expect(result.medicalHistories).toBe(20);
    expect(await demoCounts()).toEqual({
      staff: { manager: 1, staff: 2, provider: 3 },
      patients: 40,
      histories: 20,
    });

    const rows = await ctx.db.select().from(patients).where(like(patients.notes, 'Demo patient #%'));
    for (const row of rows) {
      expect(row.phone).toMatch(/^\+55\d{10,11}$/);
      if (row.email) expect(row.email).toMatch(/@example\.(com|org|net)$/);
    }
    expect(rows.some((row) => row.insurance.length > 0)).toBe(true);
    expect(rows.some((row) => row.guardianContact !== null)).toBe(true);
    const [guarded] = await ctx.db
      .select({ n: count() })
      .from(patients)
      .where(isNotNull(patients.guardianPatientId));
    expect(guarded?.n).toBeGreaterThan(0);

    const manager = await logIn(app, 'manager@demo.topsmile.test', password);
    expect(manager.statusCode).toBe(200);
  });

  it('adds nothing on a second run, and only the missing patients for a larger count', async () => {
    const again = await seedDemoData(ctx, { patients: 40 });
    expect(again.staff.every((member) => !member.created)).toBe(true);
    expect(again.generatedPassword).toBeUndefined();
    expect(again.patients).toEqual({ created: 0, existing: 40 });

    const more = await seedDemoData(ctx, { patients: 50, password });
    expect(more.patients).toEqual({ created: 10, existing: 40 });
    expect(await demoCounts()).toMatchObject({ staff: { manager: 1, staff: 2, provider: 3 }, patients: 50 });
    const [seedEvents] = await ctx.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'demo.seed'));
    expect(seedEvents?.n).toBe(3);
  });
});
