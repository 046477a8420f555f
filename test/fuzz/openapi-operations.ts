import type { App } from '../../src/server/app.ts';
import type { DeclaredRoute } from '../../src/server/http/access.ts';

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  pattern?: string;
};

export type Operation = {
  method: string;
  /** As Fastify declares it: `/api/v1/patients/:id`. */
  route: string;
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  body: JsonSchema | undefined;
  access: DeclaredRoute['access'];
};

type OpenApiOperation = {
  parameters?: { name: string; in: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Every operation the running app documents, read from its own /api/openapi.json. */
export async function readOperations(app: App): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`openapi.json: ${response.statusCode}`);
  const document = response.json() as { paths: Record<string, Record<string, OpenApiOperation>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      const route = path.replace(/\{([^}]+)\}/g, ':$1');
      const parameters = operation.parameters ?? [];
      operations.push({
        method: upper,
        route,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: operation.requestBody?.content?.['application/json']?.schema,
        access: app.declaredRoutes.find((declared) => declared.method === upper && declared.url === route)
          ?.access,
      });
    }
  }
  // Ending a session first would leave the rest of the walk unauthenticated.
  return operations.sort((a, b) => Number(a.route.endsWith('/logout')) - Number(b.route.endsWith('/logout')));
}

/** Fills `:name` placeholders. */
export function fillPath(route: string, values: (name: string) => string): string {
  return route.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => values(name));
}
