import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './app.ts';
import {
  committedOpenApiFile,
  committedOpenApiName,
  openApiText,
  servedOpenApi,
} from './openapi-document.ts';

const { app } = await createTestApp();

type Members = Record<string, unknown>;

const isMembers = (value: unknown): value is Members =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const membersOf = (value: unknown): Members => (isMembers(value) ? value : {});

/** `GET /api/v1/patients` → its operation, for every path and method of a document. */
function operations(document: unknown): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [route, item] of Object.entries(membersOf(membersOf(document).paths))) {
    for (const [method, operation] of Object.entries(membersOf(item))) {
      found.set(`${method.toUpperCase()} ${route}`, operation);
    }
  }
  return found;
}

function changes(committed: Map<string, unknown>, served: Map<string, unknown>): string[] {
  const keys = [...new Set([...committed.keys(), ...served.keys()])].sort();
  return keys.flatMap((key) => {
    if (!committed.has(key)) return [`added: ${key}`];
    if (!served.has(key)) return [`removed: ${key}`];
    return isDeepStrictEqual(committed.get(key), served.get(key)) ? [] : [`changed: ${key}`];
  });
}

/** What differs, by operation and by top-level member, short enough to read in a test report. */
function drift(committedText: string | undefined, served: unknown): string[] {
  if (committedText === undefined) return [`${committedOpenApiName} is missing`];
  if (committedText === openApiText(served)) return [];
  let committed: unknown;
  try {
    committed = JSON.parse(committedText);
  } catch {
    return [`${committedOpenApiName} is not valid JSON`];
  }
  const { paths: _committedPaths, ...committedRest } = membersOf(committed);
  const { paths: _servedPaths, ...servedRest } = membersOf(served);
  const found = [
    ...changes(operations(committed), operations(served)),
    ...changes(new Map(Object.entries(committedRest)), new Map(Object.entries(servedRest))),
  ];
  return found.length > 0 ? found : ['the same content, written in another order or layout'];
}

async function committedText(): Promise<string | undefined> {
  try {
    return await readFile(committedOpenApiFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

describe('the committed OpenAPI document', () => {
  it('is the document the server serves', async () => {
    const differences = drift(await committedText(), await servedOpenApi(app));
    expect(
      differences,
      `The API the server serves is not the one in ${committedOpenApiName}: run npm run openapi and review the diff`,
    ).toEqual([]);
  });
});
