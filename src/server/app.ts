import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import type { AppContext } from './context.ts';
import { collectRouteAccess, type DeclaredRoute, enforceRouteAccess } from './http/access.ts';
import { registerErrorHandler, sendProblem } from './http/error-handler.ts';
import { frameworkProblem } from './http/framework-errors.ts';
import { registerOpenApi } from './http/openapi.ts';
import { shedLoadUnderPressure } from './http/shed-load.ts';
import { fastifyTrustProxy } from './http/trust-proxy.ts';
import { registerWebApp } from './http/web-app.ts';
import { apiModules } from './modules/api-modules.ts';
import { settleWorkAfterAnswers } from './modules/auth/after-answer.ts';
import { serviceRoutes } from './modules/service/routes.ts';

export type AppOptions = {
  ctx: AppContext;
  webRoot?: string;
};

export type App = FastifyInstance & { declaredRoutes: DeclaredRoute[]; ctx: AppContext };

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    // Never log credentials, and never log query strings: they can carry tokens or a search for a patient's name.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Builds the whole HTTP application without listening, so tests drive it with inject(). */
export async function buildApp({ ctx, webRoot }: AppOptions): Promise<App> {
  const { config, engine } = ctx;
  // Typed as Fastify's logger so that plugins typed against the default instance accept the app.
  const loggerInstance: FastifyBaseLogger = ctx.log;
  const app = Fastify({
    loggerInstance,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    // Off unless configured: X-Forwarded-For is whatever the client wrote.
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 1_048_576,
    frameworkErrors: (error, _request, reply) => sendProblem(reply, frameworkProblem(error)),
  }).withTypeProvider<ZodTypeProvider>();

  const declaredRoutes = collectRouteAccess(app);
  enforceRouteAccess(app, ctx);
  // Mail still being prepared after its answer left goes out before the mailer closes.
  app.addHook('onClose', async () => {
    await settleWorkAfterAnswers();
    await ctx.mailer.close();
  });
  // Before the server waits for open connections: event streams never end by themselves.
  app.addHook('preClose', () => ctx.liveEvents.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await shedLoadUnderPressure(app, config.pressure);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers carry patient data and tokens: no browser or shared cache may keep them.
    if (request.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Mantine injects style attributes at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Clinics often reach the server over plain HTTP on their LAN; upgrading would break it.
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // A client that broke its request (a malformed chunk) has lost its socket, and with it an
    // address, by the time this runs; the plugin's own key would throw on it.
    keyGenerator: (request) => (request.ip as string | undefined) ?? 'unknown',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'FST_RATE_LIMITED',
      message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  await registerOpenApi(app, '0.1.0');

  await app.register(serviceRoutes, { engine });
  for (const module of apiModules) {
    await app.register(module, { prefix: '/api/v1', ctx });
  }
  await registerWebApp(app, webRoot);

  await app.ready();
  return Object.assign(app, { declaredRoutes, ctx });
}
