import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import type { MedicalHistoryInput } from '../../../shared/medical-history.ts';
import { currentAlerts } from './current-alerts.ts';

const { app, ctx } = await createTestApp();
const staff = await authHeader(app, 'staff');

async function recordHistory(patientId: string, history: Partial<MedicalHistoryInput>): Promise<void> {
  const response = await app.inject({
    method: 'PUT',
    url: `/api/v1/patients/${patientId}/medical-history`,
    headers: staff,
    payload: { allergies: [], medications: [], conditions: [], alerts: [], notes: null, ...history },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('currentAlerts', () => {
  it('maps the latest version’s allergies and alert flags to badges, most severe first', async () => {
    const patient = await createTestPatient(ctx);
    await recordHistory(patient.id, {
      allergies: [{ substance: 'Ibuprofen', severity: 'severe' }],
      alerts: [{ flag: 'pregnancy' }],
    });
    await recordHistory(patient.id, {
      allergies: [
        { substance: 'Latex', severity: 'mild' },
        { substance: 'Penicillin', reaction: 'Anaphylaxis', severity: 'severe' },
        { substance: 'Codeine', severity: 'moderate' },
      ],
      medications: [{ name: 'Warfarin' }],
      conditions: [{ name: 'Atrial fibrillation' }],
      alerts: [
        { flag: 'anticoagulants' },
        { flag: 'latex_allergy' },
        { flag: 'premedication_required', note: 'Amoxicillin 2 g' },
        { flag: 'other', note: 'Faints during injections' },
      ],
    });
    const alerts = await currentAlerts(ctx.db, [patient.id]);
    expect(alerts.get(patient.id)).toEqual([
      { kind: 'alert', flag: 'anticoagulants', label: 'Anticoagulants', severity: 'high' },
      { kind: 'alert', flag: 'latex_allergy', label: 'Latex allergy', severity: 'high' },
      { kind: 'alert', flag: 'premedication_required', label: 'Premedication required', severity: 'high' },
      { kind: 'alert', flag: 'other', label: 'Faints during injections', severity: 'high' },
      { kind: 'allergy', label: 'Penicillin', severity: 'high' },
      { kind: 'allergy', label: 'Codeine', severity: 'moderate' },
      { kind: 'allergy', label: 'Latex', severity: 'low' },
    ]);
  });

  it('answers every id asked for in one map, empty when nothing is recorded', async () => {
    const [withAlerts, withNothingToShow, withoutHistory] = await Promise.all([
      createTestPatient(ctx),
      createTestPatient(ctx),
      createTestPatient(ctx),
    ]);
    await recordHistory(withAlerts.id, { alerts: [{ flag: 'bleeding_disorder' }] });
    await recordHistory(withNothingToShow.id, { medications: [{ name: 'Vitamin D' }] });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const alerts = await currentAlerts(ctx.db, [
      withAlerts.id,
      withNothingToShow.id,
      withoutHistory.id,
      unknown,
      withAlerts.id,
    ]);
    expect([...alerts.entries()]).toEqual([
      [
        withAlerts.id,
        [{ kind: 'alert', flag: 'bleeding_disorder', label: 'Bleeding disorder', severity: 'high' }],
      ],
      [withNothingToShow.id, []],
      [withoutHistory.id, []],
      [unknown, []],
    ]);
    expect((await currentAlerts(ctx.db, [])).size).toBe(0);
  });

  it('says which flag each alert is, so a note that reads like a flag’s name stays a note', async () => {
    const patient = await createTestPatient(ctx);
    await recordHistory(patient.id, {
      alerts: [{ flag: 'latex_allergy' }, { flag: 'other', note: 'Latex allergy' }],
    });
    const alerts = await currentAlerts(ctx.db, [patient.id]);
    expect(alerts.get(patient.id)).toEqual([
      { kind: 'alert', flag: 'latex_allergy', label: 'Latex allergy', severity: 'high' },
      { kind: 'alert', flag: 'other', label: 'Latex allergy', severity: 'high' },
    ]);
  });
});
