import type { MedicalHistoryInput } from '../../../shared/medical-history.ts';
import type { App } from '../../app.ts';

// Shared by the medical history module's tests only.

type Headers = Record<string, string>;

export function historyBody(overrides: Partial<MedicalHistoryInput> = {}): MedicalHistoryInput {
  return { allergies: [], medications: [], conditions: [], alerts: [], notes: null, ...overrides };
}

export const penicillin = { substance: 'Penicillin', reaction: 'Hives', severity: 'severe' } as const;
export const warfarin = { name: 'Warfarin', dose: '5 mg', frequency: 'daily' };

/** The module's endpoints through app.inject, as `defaultHeaders` unless told otherwise. */
export function medicalHistoryCalls(app: App, defaultHeaders: Headers) {
  return {
    putHistory(patientId: string, body: unknown, headers: Headers = defaultHeaders) {
      return app.inject({
        method: 'PUT',
        url: `/api/v1/patients/${patientId}/medical-history`,
        headers,
        payload: body as object,
      });
    },
    getPath(path: string, headers: Headers = defaultHeaders) {
      return app.inject({ method: 'GET', url: `/api/v1${path}`, headers });
    },
  };
}
