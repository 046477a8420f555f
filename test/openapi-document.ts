import path from 'node:path';
import type { App } from '../src/server/app.ts';

/** The document as committed: what API clients are generated from and what reviewers read in a diff. */
export const committedOpenApiFile = path.resolve(import.meta.dirname, '../openapi/topsmile.openapi.json');

export const committedOpenApiName = path.relative(
  path.resolve(import.meta.dirname, '..'),
  committedOpenApiFile,
);

export async function servedOpenApi(app: App): Promise<unknown> {
  const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
  return response.json();
}

/** In the order the server serves it, two-space indented: the same document always gives the same bytes. */
export function openApiText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
