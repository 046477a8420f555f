// What a test file pays for its own database: migrating a fresh PGlite versus loading a
// copy of a migrated template (what test/database.ts does).
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteEngine, pgliteExtensions } from '../src/server/db/engine.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { createPgliteTemplate } from '../test/template-database.ts';

const rounds = 5;

async function time(label: string, work: () => Promise<void>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  console.log(
    `${label.padEnd(40)} median ${median.toFixed(0)} ms  (min ${samples[0]?.toFixed(0)} ms, ${rounds} runs)`,
  );
}

const template = await createPgliteTemplate(await mkdtemp(path.join(os.tmpdir(), 'topsmile-bench-')));
const tarball = await readFile(template);

await time('fresh PGlite + all migrations', async () => {
  const engine = pgliteEngine(await PGlite.create({ extensions: pgliteExtensions }));
  await migrate(engine);
  await engine.close();
});

await time('PGlite loaded from migrated template', async () => {
  const client = await PGlite.create({ loadDataDir: new Blob([tarball]), extensions: pgliteExtensions });
  await client.query('SELECT 1 FROM clinic_settings');
  await client.close();
});
