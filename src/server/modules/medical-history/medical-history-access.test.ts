import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { staffRoles } from '../../../shared/permissions.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { historyBody, medicalHistoryCalls, penicillin } from './medical-history-test-support.ts';

const { app, ctx } = await createTestApp();
const staff = await authHeader(app, 'staff');
const { putHistory, getPath } = medicalHistoryCalls(app, staff);

function yearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

describe('who may read and update', () => {
  it('lets every staff role read and update, recording the role of each version', async () => {
    const patient = await createTestPatient(ctx);
    for (const role of staffRoles) {
      const headers = await authHeader(app, role);
      expect((await putHistory(patient.id, historyBody({ notes: role }), headers)).statusCode, role).toBe(
        200,
      );
      expect((await getPath(`/patients/${patient.id}/medical-history`, headers)).json().updatedBy.role).toBe(
        role,
      );
      expect((await getPath(`/patients/${patient.id}/medical-history/versions`, headers)).statusCode).toBe(
        200,
      );
    }
  });

  it('lets a patient read and update their own history, and nobody else’s', async () => {
    const patient = await logInAs(app, ctx, 'patient');
    const ownId = patient.user.patientId ?? '';
    const updated = await putHistory(ownId, historyBody({ allergies: [penicillin] }), patient.headers);
    expect(updated.statusCode).toBe(200);
    expect(updated.json().updatedBy).toEqual({
      id: patient.user.id,
      name: patient.user.name,
      role: 'patient',
    });
    expect((await getPath(`/patients/${ownId}/medical-history`, patient.headers)).json().version).toBe(1);
    expect((await getPath(`/patients/${ownId}/medical-history/versions`, patient.headers)).statusCode).toBe(
      200,
    );
    expect((await getPath(`/patients/${ownId}/medical-history/versions/1`, patient.headers)).statusCode).toBe(
      200,
    );

    const stranger = await createTestPatient(ctx);
    await putHistory(stranger.id, historyBody({ notes: 'private' }));
    for (const path of ['', '/versions', '/versions/1']) {
      const response = await getPath(`/patients/${stranger.id}/medical-history${path}`, patient.headers);
      expect(response.statusCode, path).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
    expect((await putHistory(stranger.id, historyBody(), patient.headers)).statusCode).toBe(404);
    expect((await getPath(`/patients/${stranger.id}/medical-history`)).json().version).toBe(1);
  });

  it('lets a guardian reach a minor dependant’s history but not an adult dependant’s', async () => {
    const guardian = await logInAs(app, ctx, 'patient');
    const guardianPatientId = guardian.user.patientId ?? '';
    const child = await createTestPatient(ctx, { guardianPatientId, dateOfBirth: yearsAgo(10) });
    const adult = await createTestPatient(ctx, { guardianPatientId, dateOfBirth: yearsAgo(30) });
    expect(
      (await putHistory(child.id, historyBody({ notes: 'asthma pump' }), guardian.headers)).statusCode,
    ).toBe(200);
    expect((await getPath(`/patients/${child.id}/medical-history`, guardian.headers)).json()).toMatchObject({
      version: 1,
      updatedBy: { role: 'patient' },
    });
    expect((await getPath(`/patients/${adult.id}/medical-history`, guardian.headers)).statusCode).toBe(404);
    expect((await putHistory(adult.id, historyBody(), guardian.headers)).statusCode).toBe(404);
  });
});

describe('the audit trail', () => {
  it('records every read, list and update with the version', async () => {
    const patient = await createTestPatient(ctx);
    const nurse = await logInAs(app, ctx, 'staff');
    await putHistory(patient.id, historyBody({ notes: 'first' }), {
      ...nurse.headers,
      'user-agent': 'Reception tablet',
    });
    await getPath(`/patients/${patient.id}/medical-history`, nurse.headers);
    await getPath(`/patients/${patient.id}/medical-history/versions`, nurse.headers);
    await getPath(`/patients/${patient.id}/medical-history/versions/1`, nurse.headers);
    await putHistory(patient.id, historyBody(), { ...nurse.headers, 'if-match': '"0"' });
    const events = await ctx.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.patientId, patient.id))
      .orderBy(asc(auditEvents.seq));
    expect(events[0]?.userAgent).toBe('Reception tablet');
    expect(
      events.map(({ action, entity, entityId, outcome, detail, actorId, actorRole }) => ({
        action,
        entity,
        entityId,
        outcome,
        detail,
        actorId,
        actorRole,
      })),
    ).toEqual(
      [
        ['medical_history.update', { version: 1 }],
        ['medical_history.read', { version: 1 }],
        ['medical_history.versions', { version: 1, oldestVersion: 1 }],
        ['medical_history.read', { version: 1 }],
      ].map(([action, detail]) => ({
        action,
        entity: 'medical_history',
        entityId: patient.id,
        outcome: 'success',
        detail,
        actorId: nurse.user.id,
        actorRole: 'staff',
      })),
    );
  });
});
