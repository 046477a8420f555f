import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { medicalHistoryVersions } from './medical-history-tables.ts';
import { historyBody, medicalHistoryCalls, penicillin, warfarin } from './medical-history-test-support.ts';

const { app, ctx } = await createTestApp();
const staff = await authHeader(app, 'staff');
const { putHistory, getPath } = medicalHistoryCalls(app, staff);

describe('versioned medical history', () => {
  it('starts at version 0 with empty lists', async () => {
    const patient = await createTestPatient(ctx);
    const current = await getPath(`/patients/${patient.id}/medical-history`);
    expect(current.statusCode).toBe(200);
    expect(current.headers.etag).toBe('"0"');
    expect(current.headers['cache-control']).toBe('no-store');
    expect(current.json()).toEqual({
      version: 0,
      allergies: [],
      medications: [],
      conditions: [],
      alerts: [],
      notes: null,
      updatedAt: null,
      updatedBy: null,
    });
    const versions = await getPath(`/patients/${patient.id}/medical-history/versions`);
    expect(versions.json()).toEqual({ items: [], nextCursor: null });
  });

  it('appends a version per update and lists them newest first with who and when', async () => {
    const patient = await createTestPatient(ctx);
    const provider = await logInAs(app, ctx, 'provider');
    const first = await putHistory(patient.id, historyBody({ allergies: [penicillin], notes: '  ' }));
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({
      version: 1,
      allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'severe' }],
      notes: null,
      updatedBy: { name: 'Test staff', role: 'staff' },
    });

    const second = await putHistory(
      patient.id,
      historyBody({
        allergies: [{ ...penicillin, reaction: '' }],
        medications: [warfarin],
        conditions: [{ name: 'Hypertension', since: '2019-04' }],
        alerts: [{ flag: 'anticoagulants' }],
        notes: 'Bleeds easily',
      }),
      { ...provider.headers, 'if-match': '"1"' },
    );
    expect(second.statusCode).toBe(200);
    expect(second.headers.etag).toBe('"2"');

    const current = await getPath(`/patients/${patient.id}/medical-history`);
    expect(current.headers.etag).toBe('"2"');
    expect(current.json()).toMatchObject({
      version: 2,
      allergies: [{ substance: 'Penicillin', reaction: null, severity: 'severe' }],
      medications: [{ name: 'Warfarin', dose: '5 mg', frequency: 'daily', notes: null }],
      conditions: [{ name: 'Hypertension', since: '2019-04', notes: null }],
      alerts: [{ flag: 'anticoagulants', note: null }],
      notes: 'Bleeds easily',
      updatedBy: { id: provider.user.id, name: provider.user.name, role: 'provider' },
    });

    const versions = (await getPath(`/patients/${patient.id}/medical-history/versions`)).json();
    expect(versions.nextCursor).toBeNull();
    expect(versions.items).toEqual([
      {
        version: 2,
        createdAt: current.json().updatedAt,
        createdBy: { id: provider.user.id, name: provider.user.name, role: 'provider' },
        changes: [
          'Changed allergy: Penicillin',
          'Added medication: Warfarin',
          'Added condition: Hypertension',
          'Added alert: Anticoagulants',
          'Added notes',
        ],
      },
      {
        version: 1,
        createdAt: first.json().updatedAt,
        createdBy: expect.objectContaining({ role: 'staff' }),
        changes: ['Added allergy: Penicillin'],
      },
    ]);
    expect(Date.parse(versions.items[0].createdAt)).toBeGreaterThanOrEqual(
      Date.parse(versions.items[1].createdAt),
    );

    const old = await getPath(`/patients/${patient.id}/medical-history/versions/1`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toEqual(first.json());
    expect((await getPath(`/patients/${patient.id}/medical-history/versions/3`)).statusCode).toBe(404);
    expect((await getPath(`/patients/${patient.id}/medical-history/versions/0`)).statusCode).toBe(422);
    expect((await getPath(`/patients/${patient.id}/medical-history/versions/latest`)).statusCode).toBe(400);
  });

  it('pages through versions with a cursor, each compared with the one before it', async () => {
    const patient = await createTestPatient(ctx);
    for (const notes of ['one', 'two', 'three']) {
      expect((await putHistory(patient.id, historyBody({ notes }))).statusCode).toBe(200);
    }
    const path = `/patients/${patient.id}/medical-history/versions?limit=2`;
    const first = (await getPath(path)).json();
    expect(first.items.map((item: { version: number }) => item.version)).toEqual([3, 2]);
    expect(first.items[1].changes).toEqual(['Changed notes']);
    const second = (await getPath(`${path}&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ version: 1, changes: ['Added notes'] }], nextCursor: null });
    const invalid = await getPath(`${path}&cursor=bm90LWEtdmVyc2lvbg`);
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
  });

  it('refuses a stale If-Match with 412 and the current version, and writes nothing', async () => {
    const patient = await createTestPatient(ctx);
    expect((await putHistory(patient.id, historyBody(), { ...staff, 'if-match': '"0"' })).statusCode).toBe(
      200,
    );
    expect((await putHistory(patient.id, historyBody({ notes: 'B' }))).statusCode).toBe(200);
    const stale = await putHistory(patient.id, historyBody({ notes: 'stale edit' }), {
      ...staff,
      'if-match': '"1"',
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({ status: 412, code: 'precondition_failed', currentVersion: 2 });
    expect((await getPath(`/patients/${patient.id}/medical-history`)).json()).toMatchObject({
      version: 2,
      notes: 'B',
    });
    // Each accepted update moves the version on: 2 → 3 → 4 → 5 → 6.
    for (const ifMatch of ['W/"2"', '3', '"1", "4"', '*']) {
      const accepted = await putHistory(patient.id, historyBody({ notes: ifMatch }), {
        ...staff,
        'if-match': ifMatch,
      });
      expect(accepted.statusCode, ifMatch).toBe(200);
    }
    const malformed = await putHistory(patient.id, historyBody(), { ...staff, 'if-match': 'yesterday' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([
      { path: 'headers.if-match', message: 'Not an ETag of this resource' },
    ]);
  });

  it('answers 404 for a patient that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await getPath(`/patients/${unknown}/medical-history`)).statusCode).toBe(404);
    expect((await putHistory(unknown, historyBody())).statusCode).toBe(404);
    expect((await getPath(`/patients/${unknown}/medical-history/versions`)).statusCode).toBe(404);
    expect((await getPath('/patients/not-a-uuid/medical-history')).json()).toMatchObject({
      status: 422,
      errors: [{ path: 'params.id' }],
    });
  });
});

describe('validation', () => {
  async function problemFor(body: unknown) {
    const patient = await createTestPatient(ctx);
    const response = await putHistory(patient.id, body);
    const versions = await ctx.db
      .select()
      .from(medicalHistoryVersions)
      .where(eq(medicalHistoryVersions.patientId, patient.id));
    expect(versions).toEqual([]);
    return { status: response.statusCode, code: response.json().code, errors: response.json().errors };
  }

  it('answers 400 with field paths for the wrong shape', async () => {
    expect(
      await problemFor(historyBody({ allergies: [{ ...penicillin, severity: 'deadly' }] } as never)),
    ).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'allergies.0.severity' })],
    });
    expect(await problemFor(historyBody({ allergies: [{ severity: 'mild' }] } as never))).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'allergies.0.substance' })],
    });
    expect(
      await problemFor(historyBody({ medications: [{ name: 'Aspirin', dosage: '100 mg' }] } as never)),
    ).toMatchObject({ status: 400, errors: [{ path: 'medications.0.dosage', message: 'Unknown field' }] });
    expect(await problemFor(historyBody({ alerts: [{ flag: 'vampire' }] } as never))).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'alerts.0.flag' })],
    });
    const { notes: _notes, ...withoutNotes } = historyBody();
    expect(await problemFor(withoutNotes)).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'notes' })],
    });
  });

  it('answers 422 with field paths for values that break a rule', async () => {
    expect(await problemFor(historyBody({ allergies: [{ ...penicillin, substance: ' ' }] }))).toMatchObject({
      status: 422,
      errors: [{ path: 'allergies.0.substance', message: 'Required' }],
    });
    for (const since of ['2020-13', '2021-02-30', '04/2019', '2019']) {
      expect(await problemFor(historyBody({ conditions: [{ name: 'Asthma', since }] })), since).toMatchObject(
        {
          status: 422,
          errors: [{ path: 'conditions.0.since', message: 'Use YYYY-MM or YYYY-MM-DD' }],
        },
      );
    }
    expect(
      await problemFor(
        historyBody({ allergies: [penicillin, { substance: ' PENICILLIN', severity: 'mild' }] }),
      ),
    ).toMatchObject({ status: 422, errors: [{ path: 'allergies.1.substance', message: 'Listed twice' }] });
    expect(
      await problemFor(
        historyBody({ alerts: [{ flag: 'pregnancy' }, { flag: 'pregnancy', note: 'week 20' }] }),
      ),
    ).toMatchObject({ status: 422, errors: [{ path: 'alerts.1.flag', message: 'Listed twice' }] });
    expect(await problemFor(historyBody({ alerts: [{ flag: 'other' }] }))).toMatchObject({
      status: 422,
      errors: [{ path: 'alerts.0.note', message: 'Describe the alert' }],
    });
    const many = Array.from({ length: 101 }, (_, index) => ({
      substance: `Substance ${index}`,
      severity: 'mild',
    }));
    expect(await problemFor(historyBody({ allergies: many } as never))).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ path: 'allergies' })],
    });
    expect(await problemFor(historyBody({ notes: 'x'.repeat(10_001) }))).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ path: 'notes' })],
    });
  });

  it('accepts partial dates and several distinct "other" alerts', async () => {
    const patient = await createTestPatient(ctx);
    const response = await putHistory(
      patient.id,
      historyBody({
        conditions: [
          { name: 'Asthma', since: '2024-02-29' },
          { name: 'Diabetes type 2', since: '2018-11' },
          { name: 'Migraine', since: '' },
        ],
        alerts: [
          { flag: 'other', note: 'Claustrophobic' },
          { flag: 'other', note: 'Faints during injections' },
        ],
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().conditions.map((condition: { since: string | null }) => condition.since)).toEqual([
      '2024-02-29',
      '2018-11',
      null,
    ]);
  });
});
