import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../shared/problem.ts';
import { problemCatalogue } from '../../shared/problem-codes.ts';

// Loose so that problem extensions (blockers, suggestions…) survive response serialization.
const ProblemResponse = Problem.loose().describe('application/problem+json (RFC 9457)');

export function problemResponses(...statuses: number[]): Record<number, typeof ProblemResponse> {
  return Object.fromEntries(statuses.map((status) => [status, ProblemResponse]));
}

// API.md names the document as the complete list of problem codes: each with its statuses.
const ProblemCode = {
  type: 'string' as const,
  description: 'The stable `code` of an application/problem+json answer.',
  oneOf: Object.entries(problemCatalogue).map(([code, { statuses, when }]) => ({
    enum: [code],
    description: `${statuses.join(', ')}. ${when}`,
  })),
};

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'TopSmile API',
        version,
        description:
          'Dental clinic management. Errors are application/problem+json with a stable `code`, ' +
          'one of components.schemas.ProblemCode.',
      },
      components: {
        schemas: { ProblemCode },
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'The access token from POST /api/v1/auth/login or /api/v1/auth/refresh.',
          },
        },
      },
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      // Every route that declares an action needs a logged-in caller; public ones need none.
      if (!access || 'public' in access) return transformed;
      return { ...transformed, schema: { ...transformed.schema, security: [{ bearerAuth: [] }] } };
    },
    hideUntagged: false,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get(
    '/api/openapi.json',
    { config: { access: { public: true } }, schema: { hide: true, response: { 200: z.unknown() } } },
    () => app.swagger(),
  );
}
