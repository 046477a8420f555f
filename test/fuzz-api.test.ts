import { describe, expect, it } from 'vitest';
import { type Role, roleMay, roles } from '../src/shared/permissions.ts';
import { createTestApp } from './app.ts';
import { authHeader } from './auth.ts';
import { hostileRequests } from './fuzz/hostile-requests.ts';
import { type Operation, readOperations } from './fuzz/openapi-operations.ts';
import { sampleOf, seededRandom } from './fuzz/seeded-random.ts';

// TOPSMILE_FUZZ=full (npm run test:resilience) sends every case as every role; the quick run in
// `npm test` a fixed sample, so that it stays a minute on a small machine and fails the same way twice.
const full = process.env.TOPSMILE_FUZZ === 'full';
const casesPerOperation = full ? Number.POSITIVE_INFINITY : 10;
const random = seededRandom(Number(process.env.TOPSMILE_FUZZ_SEED ?? 17));

const { app } = await createTestApp();
const operations = await readOperations(app);
type Caller = Role | 'anonymous';
const headersOf = new Map<Caller, Record<string, string>>([['anonymous', {}]]);
for (const role of roles) headersOf.set(role, await authHeader(app, role));

/** Callers who get past the permission check, where the interesting code is; the others meet a 403. */
function callersFor(operation: Operation): Caller[] {
  const access = operation.access;
  if (full || !access || 'public' in access) return ['anonymous', ...roles];
  const allowed = roles.filter((role) => roleMay(role, access.action));
  return allowed.length > 0 ? allowed : ['anonymous'];
}

describe('the API, fed hostile input through every documented operation', () => {
  it('reads the operations from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  for (const operation of operations) {
    it(`${operation.method} ${operation.route}`, { timeout: full ? 600_000 : 60_000 }, async () => {
      const all = hostileRequests(operation);
      const cases = Number.isFinite(casesPerOperation) ? sampleOf(all, casesPerOperation, random) : all;
      const callers = callersFor(operation);
      for (const [index, request] of cases.entries()) {
        const sent = full ? callers : [callers[index % callers.length] ?? 'anonymous'];
        for (const caller of sent) {
          const response = await app.inject({
            method: request.method as 'GET',
            url: request.url,
            headers: { ...request.headers, ...headersOf.get(caller) },
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          });
          const what = `${caller} ${request.label}: ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, what).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
            const body = response.json();
            expect(body.status, what).toBe(response.statusCode);
            expect(typeof body.code, what).toBe('string');
          }
        }
      }
      // A prototype key must never reach the global object.
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
    });
  }
});
