import { randomInt } from 'node:crypto';
import { type APIRequestContext, expect } from '@playwright/test';

export type CreatedPatient = { id: string; firstName: string; lastName: string; version: number };

/**
 * Letters only, so that names stay names (the search treats digits as a phone number). Tests
 * share one database: each names its patients with its own tag, and a retry gets a new one.
 */
export function uniqueTag(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  const tag = Array.from({ length: 5 }, () => letters[randomInt(letters.length)]).join('');
  return `${tag[0]?.toUpperCase()}${tag.slice(1)}`;
}

/** A valid US number no other test uses (the clinic's default country is US). */
export function uniquePhone(): string {
  return `(212) 555-${String(randomInt(10_000)).padStart(4, '0')}`;
}

export async function createPatient(
  request: APIRequestContext,
  token: string,
  input: Record<string, unknown>,
): Promise<CreatedPatient> {
  const response = await request.post('/api/v1/patients', {
    headers: { authorization: `Bearer ${token}` },
    data: { ...input, confirmNotDuplicate: true },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

export async function putMedicalHistory(
  request: APIRequestContext,
  token: string,
  patientId: string,
  history: Record<string, unknown>,
  basedOnVersion: number,
): Promise<{ version: number }> {
  const response = await request.put(`/api/v1/patients/${patientId}/medical-history`, {
    headers: { authorization: `Bearer ${token}`, 'if-match': `"${basedOnVersion}"` },
    data: { allergies: [], medications: [], conditions: [], alerts: [], notes: null, ...history },
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}
