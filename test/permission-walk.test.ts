import { describe, expect, it } from 'vitest';
import { type Role, roleMay, roles } from '../src/shared/permissions.ts';
import { createTestApp } from './app.ts';
import { authHeader } from './auth.ts';

const { app } = await createTestApp();
const headersOf = Object.fromEntries(
  await Promise.all(roles.map(async (role) => [role, await authHeader(app, role)] as const)),
) as Record<Role, { authorization: string }>;

const apiRoutes = app.declaredRoutes.filter(
  (route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD',
);
const unknownId = '00000000-0000-4000-8000-000000000000';

function requestFor(route: (typeof apiRoutes)[number], headers: Record<string, string>) {
  const url = route.url.replace(/:[A-Za-z]+/g, unknownId);
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return app.inject({ method: route.method as 'GET', url, headers, ...(hasBody ? { payload: {} } : {}) });
}

describe('the permission table, walked route by route', () => {
  it('covers every API route', () => {
    expect(apiRoutes.length).toBeGreaterThan(15);
    expect(apiRoutes.filter((route) => route.access === undefined)).toEqual([]);
  });

  for (const route of apiRoutes) {
    const access = route.access;
    if (!access) continue;
    it(`${route.method} ${route.url}`, async () => {
      if ('public' in access) {
        // Fresh sessions: a public route such as logout may end the one it is called with.
        for (const role of roles) {
          expect((await requestFor(route, await authHeader(app, role))).statusCode, role).not.toBe(403);
        }
        return;
      }
      const anonymous = await requestFor(route, {});
      expect(anonymous.statusCode, 'anonymous').toBe(401);
      expect(anonymous.json().code).toBe('unauthenticated');
      for (const role of roles) {
        const response = await requestFor(route, headersOf[role]);
        if (roleMay(role, access.action)) {
          expect([401, 403], `${role} may ${access.action}: ${response.body}`).not.toContain(
            response.statusCode,
          );
        } else {
          expect(response.statusCode, `${role} may not ${access.action}`).toBe(403);
        }
        expect(response.statusCode, `${role}: ${response.body}`).toBeLessThan(500);
      }
    });
  }
});

describe('permission denials', () => {
  it('are written to the audit trail with the action and role', async () => {
    await app.inject({ method: 'GET', url: '/api/v1/users', headers: headersOf.staff });
    const { auditEvents } = await import('../src/server/modules/audit/audit-tables.ts');
    const denied = (await app.ctx.db.select().from(auditEvents)).filter(
      (event) => event.action === 'access.denied',
    );
    expect(denied).toContainEqual(
      expect.objectContaining({ outcome: 'denied', actorRole: 'staff', entityId: 'GET /api/v1/users' }),
    );
  });
});
