import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { type Action, type Role, type RouteAccess, roleMay } from '../../shared/permissions.ts';
import type { AppContext } from '../context.ts';
import { problem } from '../lib/problem.ts';
import type { AuditSource } from '../modules/audit/audit-log.ts';
import { type Actor, authenticate } from '../modules/auth/authenticate.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route says who may call it: an action of the permission table, or public. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null for anonymous requests. */
    actor: Actor | null;
  }
}

export type DeclaredRoute = { method: string; url: string; access: RouteAccess | undefined };

/** Records what each route declares, so a test can check that none is left undeclared. */
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

// Until 2FA is set up, a staff member required to have it may only reach these.
const allowedBeforeEnrollment = new Set<Action>(['account.self', 'account.two_factor']);

/** Authenticates every request that carries a token and enforces the route's declared action. */
export function enforceRouteAccess(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    request.actor = await authenticate(ctx, request.headers.authorization);
    if (!access || 'public' in access) return;
    const { actor } = request;
    if (!actor) throw problem(401, 'unauthenticated', 'Log in to continue.');
    if (!roleMay(actor.role, access.action)) {
      await recordDenial(ctx, request, access.action, actor.role);
      throw problem(403, 'forbidden', 'Your role may not do this.');
    }
    if (actor.twoFactorEnrollmentRequired && !allowedBeforeEnrollment.has(access.action)) {
      throw problem(403, 'two_factor_enrollment_required', 'Set up two-factor authentication first.');
    }
  });
}

/** The caller of a route that declares an action; the access hook has already refused anonymous calls. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw problem(401, 'unauthenticated', 'Log in to continue.');
  return request.actor;
}

export function auditSource(request: FastifyRequest): AuditSource {
  const userAgent = request.headers['user-agent'];
  return {
    actorId: request.actor?.userId ?? null,
    actorRole: request.actor?.role ?? null,
    ip: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 400) : null,
  };
}

async function recordDenial(
  ctx: AppContext,
  request: FastifyRequest,
  action: Action,
  role: Role,
): Promise<void> {
  await ctx.audit.record(ctx.db, {
    ...auditSource(request),
    action: 'access.denied',
    entity: 'route',
    entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
    outcome: 'denied',
    detail: { action, role },
  });
}
