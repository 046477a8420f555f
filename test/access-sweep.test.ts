import { describe, expect, it } from 'vitest';
import { type Role, roleMay, roles } from '../src/shared/permissions.ts';
import { createTestApp } from './app.ts';
import { authHeader, logInAs } from './auth.ts';
import { createTestAppointment } from './factories/appointments.ts';
import { createTestPaymentRow, postTestCharge } from './factories/billing.ts';
import { fillPath, type Operation, readOperations } from './fuzz/openapi-operations.ts';
import { sampleValue } from './fuzz/sample-value.ts';
import { sampleOf, seededRandom } from './fuzz/seeded-random.ts';

// The full sweep (npm run test:resilience) tries every one of the other patient's ids as every
// role; the quick one every id as the other patient and a fixed sample for the staff roles.
const full = process.env.TOPSMILE_FUZZ === 'full';
const random = seededRandom(Number(process.env.TOPSMILE_FUZZ_SEED ?? 17));

const { app, ctx } = await createTestApp();
const alice = await logInAs(app, ctx, 'patient');
const bob = await logInAs(app, ctx, 'patient');
const bobPatientId = bob.user.patientId ?? '';
const [bobPatient] = await ctx.engine.rawTransaction((tx) =>
  tx.query<{ last_name: string }>('SELECT last_name FROM patients WHERE id = $1', [bobPatientId]),
);
await createTestAppointment(ctx, bobPatientId);
await postTestCharge(ctx, bobPatientId, 12_345, 'Crown for the other patient');
await createTestPaymentRow(ctx, { patientId: bobPatientId });
await ctx.engine.rawTransaction((tx) =>
  tx.query(
    `INSERT INTO medical_history_versions (patient_id, version, notes, created_by, created_by_role)
     VALUES ($1, 1, 'Allergic to the fuzzer', $2, 'patient')`,
    [bobPatientId, bob.user.id],
  ),
);

/** Every id of a row that is Bob's: found through each table's patient_id, so new tables join in. */
async function idsOfBob(): Promise<string[]> {
  return ctx.engine.rawTransaction(async (tx) => {
    const tables = await tx.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name = 'patient_id'
          AND EXISTS (SELECT 1 FROM information_schema.columns i
                       WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')`,
    );
    const ids = new Set([bobPatientId, bob.user.id]);
    for (const { table_name: table } of tables) {
      const rows = await tx.query<{ id: string }>(
        `SELECT id::text AS id FROM "${table}" WHERE patient_id = $1`,
        [bobPatientId],
      );
      for (const row of rows) ids.add(row.id);
    }
    return [...ids];
  });
}

const bobIds = await idsOfBob();
const operations = (await readOperations(app)).filter((operation) => takesAnId(operation));

function takesAnId(operation: Operation): boolean {
  const bodyFields = Object.keys(operation.body?.properties ?? {});
  return (
    operation.pathParams.length > 0 ||
    [...operation.queryParams.map((param) => param.name), ...bodyFields].some((name) => /Id$/.test(name))
  );
}

/** The operation aimed at one id: in every path parameter, and in every `…Id` query or body field. */
function aimedAt(operation: Operation, id: string) {
  const query = operation.queryParams
    .filter((param) => /Id$/.test(param.name))
    .map((param) => `${param.name}=${id}`)
    .join('&');
  const body = sampleValue(operation.body);
  const payload =
    body && typeof body === 'object' && !Array.isArray(body)
      ? Object.fromEntries(
          Object.keys({ ...body, ...operation.body?.properties }).map((name) => [
            name,
            /Id$/.test(name) ? id : (body as Record<string, unknown>)[name],
          ]),
        )
      : body;
  const hasBody = !['GET', 'DELETE'].includes(operation.method);
  return {
    method: operation.method as 'GET',
    url: `${fillPath(operation.route, () => id)}${query ? `?${query}` : ''}`,
    ...(hasBody ? { payload: payload ?? {} } : {}),
  };
}

describe("the access sweep: other people's ids through every id-taking operation", () => {
  it('has operations and ids to sweep', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(bobIds.length).toBeGreaterThanOrEqual(5);
  });

  it('would notice a leak: staff reading the record see what the sweep looks for', async () => {
    const manager = await logInAs(app, ctx, 'manager');
    const record = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${bobPatientId}`,
      headers: manager.headers,
    });
    expect(record.body).toContain(bobPatient?.last_name);
  });

  it("never gives a patient another patient's data", { timeout: full ? 600_000 : 120_000 }, async () => {
    for (const operation of operations) {
      for (const id of bobIds) {
        const response = await app.inject({ ...aimedAt(operation, id), headers: alice.headers });
        const what = `${operation.method} ${operation.route} with ${id}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, what).toBeLessThan(500);
        expect(response.body, what).not.toContain(bobPatient?.last_name ?? '\u0000');
        expect(response.body, what).not.toContain('Allergic to the fuzzer');
        expect(response.body, what).not.toContain('Crown for the other patient');
        if (operation.method !== 'GET') {
          expect(
            response.statusCode >= 200 && response.statusCode < 300,
            `a change to another patient: ${what}`,
          ).toBe(false);
        }
      }
    }
  });

  it('never answers 2xx to a role the permission table refuses', {
    timeout: full ? 600_000 : 120_000,
  }, async () => {
    const headersOf = new Map<Role, { authorization: string }>();
    for (const role of roles) headersOf.set(role, await authHeader(app, role));
    for (const operation of operations) {
      const access = operation.access;
      if (!access || 'public' in access) continue;
      const ids = full ? bobIds : sampleOf(bobIds, 2, random);
      for (const role of roles) {
        for (const id of ids) {
          const response = await app.inject({
            ...aimedAt(operation, id),
            headers: headersOf.get(role) ?? {},
          });
          const what = `${role} ${operation.method} ${operation.route} with ${id}: ${response.statusCode}`;
          expect(response.statusCode, what).toBeLessThan(500);
          if (!roleMay(role, access.action)) expect(response.statusCode, what).toBe(403);
        }
      }
    }
  });
});
