import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Engine } from '../../db/engine.ts';
import { problem } from '../../lib/problem.ts';

const readinessTimeoutMs = 2_000;

/** Liveness and readiness for load balancers and orchestrators. */
export const serviceRoutes: FastifyPluginAsyncZod<{ engine: Engine }> = async (app, { engine }) => {
  app.get(
    '/healthz',
    {
      // An orchestrator probing often must never be told 429 and restart a healthy server.
      config: { access: { public: true }, rateLimit: false },
      schema: { tags: ['service'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: { public: true }, rateLimit: false },
      schema: { tags: ['service'], response: { 200: z.object({ status: z.literal('ready') }) } },
    },
    async () => {
      try {
        await withTimeout(engine.ping(), readinessTimeoutMs);
      } catch {
        throw problem(503, 'database_unavailable', 'The database does not answer.');
      }
      return { status: 'ready' as const };
    },
  );
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
