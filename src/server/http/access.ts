import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteAccess } from '../../shared/permissions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route says who may call it: an action of the permission table, or public. */
    access?: RouteAccess;
  }
}

export type DeclaredRoute = { method: string; url: string; access: RouteAccess | undefined };

/**
 * Records what each route declares. Enforcement (who is calling, may they) switches on with
 * the identity module; until then the declarations are collected and checked by a test.
 */
export function collectRouteAccess(app: FastifyInstance): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      routes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  return routes;
}
