// `npm run openapi`: writes the OpenAPI document the server serves to openapi/, where
// test/openapi-drift.test.ts holds the server to it. Run it after changing a route or a shared
// schema, and review the diff: it is the API's contract as clients see it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApp, createLogger } from '../src/server/app.ts';
import { createAppContext } from '../src/server/context.ts';
import { openPglite } from '../src/server/db/engine.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { testConfig } from '../test/app.ts';
import {
  committedOpenApiFile,
  committedOpenApiName,
  openApiText,
  servedOpenApi,
} from '../test/openapi-document.ts';

// The app as the tests build it, over a throwaway database in memory: nothing in the document
// depends on the settings or the data.
const engine = await openPglite(undefined);
try {
  await migrate(engine);
  const ctx = await createAppContext(testConfig(), engine, createLogger('silent'));
  const app = await buildApp({ ctx });
  try {
    await mkdir(path.dirname(committedOpenApiFile), { recursive: true });
    await writeFile(committedOpenApiFile, openApiText(await servedOpenApi(app)));
    console.log(`Wrote ${committedOpenApiName}`);
  } finally {
    await app.close();
  }
} finally {
  await engine.close();
}
