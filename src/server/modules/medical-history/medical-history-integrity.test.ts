import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';
import { historyBody, medicalHistoryCalls } from './medical-history-test-support.ts';

const { app, ctx } = await createTestApp();
const staff = await authHeader(app, 'staff');
const { putHistory, getPath } = medicalHistoryCalls(app, staff);

describe('concurrent updates', () => {
  it('number 20 simultaneous updates 1..20 with none lost', async () => {
    const patient = await createTestPatient(ctx);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        putHistory(patient.id, historyBody({ notes: `writer ${index}` })),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(200));
    const answered = responses.map((response) => response.json().version).sort((a, b) => a - b);
    const expected = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(answered).toEqual(expected);
    const stored = await ctx.db
      .select({ version: medicalHistoryVersions.version, notes: medicalHistoryVersions.notes })
      .from(medicalHistoryVersions)
      .where(eq(medicalHistoryVersions.patientId, patient.id))
      .orderBy(asc(medicalHistoryVersions.version));
    expect(stored.map((row) => row.version)).toEqual(expected);
    expect(new Set(stored.map((row) => row.notes)).size).toBe(20);
    const listed = (await getPath(`/patients/${patient.id}/medical-history/versions?limit=200`)).json();
    expect(listed.items.map((item: { version: number }) => item.version)).toEqual(expected.toReversed());
  });

  it('lets exactly one of several editors of the same version win', async () => {
    const patient = await createTestPatient(ctx);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        putHistory(patient.id, historyBody({ notes: `editor ${index}` }), { ...staff, 'if-match': '"0"' }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(412)]);
    for (const response of responses.filter((candidate) => candidate.statusCode === 412)) {
      expect(response.json().currentVersion).toBe(1);
    }
  });
});

describe('the versions table', () => {
  it('refuses updates, deletes and out-of-sequence versions', async () => {
    const patient = await createTestPatient(ctx);
    await putHistory(patient.id, historyBody({ notes: 'kept' }));
    const mine = and(eq(medicalHistoryVersions.patientId, patient.id), eq(medicalHistoryVersions.version, 1));
    await expect(
      ctx.db.update(medicalHistoryVersions).set({ notes: 'rewritten' }).where(mine),
    ).rejects.toThrow();
    await expect(ctx.db.delete(medicalHistoryVersions).where(mine)).rejects.toThrow();
    await expect(ctx.db.execute(sql`TRUNCATE medical_history_versions`)).rejects.toThrow();
    const [kept] = await ctx.db.select().from(medicalHistoryVersions).where(mine);
    if (!kept) throw new Error('version 1 was not stored');
    const skipping = {
      patientId: patient.id,
      version: 3,
      allergies: [],
      medications: [],
      conditions: [],
      alerts: [],
      createdBy: kept.createdBy,
      createdByRole: 'staff',
    };
    await expect(ctx.db.insert(medicalHistoryVersions).values(skipping)).rejects.toThrow();
    await expect(ctx.db.insert(medicalHistoryVersions).values({ ...skipping, version: 1 })).rejects.toThrow();
    expect((await getPath(`/patients/${patient.id}/medical-history`)).json()).toMatchObject({
      version: 1,
      notes: 'kept',
    });
  });
});
