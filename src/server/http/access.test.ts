import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { permissions } from '../../shared/permissions.ts';

const { app } = await createTestApp();

describe('route access declarations', () => {
  it('every API route declares an action of the permission table or that it is public', () => {
    const apiRoutes = app.declaredRoutes.filter(
      (route) => route.url.startsWith('/api/v1') || route.url === '/healthz' || route.url === '/readyz',
    );
    expect(apiRoutes.length).toBeGreaterThan(0);
    const undeclared = apiRoutes.filter((route) => route.access === undefined);
    expect(undeclared).toEqual([]);
    for (const route of apiRoutes) {
      if (route.access && 'action' in route.access) {
        expect(Object.keys(permissions)).toContain(route.access.action);
      }
    }
  });
});
