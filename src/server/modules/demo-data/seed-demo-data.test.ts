import { and, count, eq, isNotNull, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { logIn } from '../../../../test/auth.ts';
import { setClinicSettings } from '../../../../test/factories/clinic.ts';
import {
  appointments,
  appointmentTypes,
  ledgerEntries,
  operatories,
  patients,
  payments,
  providers,
  users,
  workingHours,
} from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { medicalHistoryVersions } from '../medical-history/medical-history-tables.ts';
import { createDemoFakers, fakePatientInput, seedDemoFakers } from './fake-patients.ts';
import { seedDemoData } from './seed-demo-data.ts';

// A Wednesday afternoon in São Paulo (14:30): the week has past days, a today and days ahead.
const clock = new Date('2026-03-11T17:30:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
await setClinicSettings(ctx, { locale: 'pt-BR', country: 'BR' });
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

const firstRun = await seedDemoData(ctx, { patients: 40, password });
const firstAdminPassword = firstRun.admin?.generatedPassword ?? '';

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
    const result = firstRun;
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

  it('makes an administrator when there is none and says how to log in as it', async () => {
    const [admin] = await ctx.db.select().from(users).where(eq(users.role, 'admin'));
    expect(admin?.email).toBe('admin@topsmile.local');
    const first = await seedDemoData(ctx, { patients: 40 });
    expect(first.admin).toBeUndefined();
    const login = await logIn(app, 'admin@topsmile.local', firstAdminPassword);
    expect(login.statusCode).toBe(200);
  });

  it('sets up providers with a lunch break, three chairs and priced types', async () => {
    expect(firstRun.clinic).toEqual({ providers: 3, chairs: 3, types: 5 });
    const rows = await ctx.db.select().from(providers);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.userId !== null)).toBe(true);
    const mondays = await ctx.db
      .select()
      .from(workingHours)
      .where(and(eq(workingHours.providerId, rows[0]?.id ?? ''), eq(workingHours.weekday, 1)));
    expect(mondays.map((row) => [row.startTime.slice(0, 5), row.endTime.slice(0, 5)]).sort()).toEqual([
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(await ctx.db.select({ name: operatories.name }).from(operatories)).toHaveLength(3);
    const types = await ctx.db.select().from(appointmentTypes);
    expect(types.map((type) => type.name).sort()).toEqual(
      ['Avaliação', 'Clareamento', 'Limpeza', 'Restauração', 'Tratamento de canal'].sort(),
    );
    expect(types.every((type) => type.priceCents > 0)).toBe(true);
    expect(types.find((type) => type.name === 'Clareamento')).toMatchObject({
      depositCents: 10_000,
      bookableOnline: true,
    });
    expect(types.find((type) => type.name === 'Tratamento de canal')?.bufferMinutes).toBeGreaterThan(0);
  });

  it('books a week in every state, posting the fees of completed visits and desk payments', async () => {
    const { week } = firstRun;
    expect(week.skipped).toBe(false);
    expect(week.appointments).toBe(40);
    expect(week.byStatus.completed).toBeGreaterThan(0);
    expect(week.byStatus.in_progress).toBeGreaterThan(0);
    expect((week.byStatus.scheduled ?? 0) + (week.byStatus.confirmed ?? 0)).toBeGreaterThan(0);
    const booked = await ctx.db.select({ status: appointments.status }).from(appointments);
    expect(booked).toHaveLength(40);
    const fees = await ctx.db
      .select({ n: count() })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.kind, 'charge'), eq(ledgerEntries.visitFee, true)));
    expect(fees[0]?.n).toBe(week.byStatus.completed);
    const desk = await ctx.db
      .select({ method: payments.method, receipt: payments.receiptNumber })
      .from(payments);
    expect(desk).toHaveLength(week.payments);
    expect(week.payments).toBeGreaterThan(0);
    expect(desk.every((payment) => ['cash', 'card_terminal'].includes(payment.method))).toBe(true);
    const paymentRows = await ctx.db
      .select({ n: count() })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.kind, 'payment'));
    expect(paymentRows[0]?.n).toBe(week.payments);
  });

  it('adds nothing on a second run, and only the missing patients for a larger count', async () => {
    const again = await seedDemoData(ctx, { patients: 40 });
    expect(again.clinic).toEqual({ providers: 0, chairs: 0, types: 0 });
    expect(again.week).toMatchObject({ skipped: true, appointments: 0 });
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
    // The first run, the admin test's run and these two.
    expect(seedEvents?.n).toBe(4);
    expect(await ctx.db.select({ id: providers.id }).from(providers)).toHaveLength(3);
    expect(await ctx.db.select({ id: appointments.id }).from(appointments)).toHaveLength(40);
  });
});
