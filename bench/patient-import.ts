// CSV import speed: a generated 100,000-row file imported into a fresh PostgreSQL database and
// into a fresh in-memory PGlite, reading+validating and inserting timed apart.
//   npm run bench -- patient-import        (BENCH_DATABASE_URL, BENCH_PATIENTS)
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { createLogger } from '../src/server/app.ts';
import { type AppContext, createAppContext } from '../src/server/context.ts';
import { pgliteEngine, pgliteExtensions } from '../src/server/db/engine.ts';
import { migrate } from '../src/server/db/migrate.ts';
import {
  createDemoFakers,
  fakePatientInput,
  seedDemoFakers,
} from '../src/server/modules/demo-data/fake-patients.ts';
import { importPatients } from '../src/server/modules/patient-import/import-patients.ts';
import { csvLine } from '../src/server/modules/patient-import/rejects-file.ts';
import { benchConfig, createBenchDatabase } from './support/bench-database.ts';

const rows = Number(process.env.BENCH_PATIENTS ?? 100_000);

/** A clinic export as people make them: national phone formats, two date styles, quoted notes. */
async function writePatientsCsv(file: string): Promise<void> {
  const fakers = createDemoFakers();
  seedDemoFakers(fakers, 11);
  const today = new Date();
  const out = createWriteStream(file);
  out.write(
    `${csvLine(['First Name', 'Last Name', 'Date of Birth', 'Mobile', 'Email', 'Sex', 'Address', 'City', 'State', 'ZIP', 'Notes'])}\r\n`,
  );
  for (let index = 0; index < rows; index++) {
    const patient = fakePatientInput(fakers, { country: 'US', today });
    const [year, month, day] = patient.dateOfBirth.split('-');
    const line = csvLine([
      patient.firstName,
      patient.lastName,
      index % 2 === 0 ? patient.dateOfBirth : `${month}/${day}/${year}`,
      patient.phone ? parsePhoneNumberWithError(patient.phone).formatNational() : '',
      patient.email ?? '',
      patient.sex === 'female' ? 'F' : patient.sex === 'male' ? 'M' : '',
      patient.address?.line1 ?? '',
      patient.address?.city ?? '',
      patient.address?.region ?? '',
      patient.address?.postalCode ?? '',
      index % 10 === 0 ? 'Prefers mornings, "no drills" before 9' : '',
    ]);
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}

async function run(engineName: string, ctx: AppContext, file: string): Promise<void> {
  const summary = await importPatients(ctx, { file });
  const { readAndValidateMs, insertMs, totalMs } = summary.timings;
  const rate = (count: number, ms: number) => `${Math.round(count / (ms / 1000))} rows/s`.padStart(14);
  console.log(
    `${engineName.padEnd(20)} read+validate ${(readAndValidateMs / 1000).toFixed(1)} s${rate(summary.read, readAndValidateMs)} | insert ${(insertMs / 1000).toFixed(1)} s${rate(summary.imported, insertMs)} | total ${(totalMs / 1000).toFixed(1)} s${rate(summary.read, totalMs)} | imported ${summary.imported}, rejected ${summary.rejected}`,
  );
  const reasons = new Map<string, number>();
  for (const reject of summary.rejects) {
    const reason = (reject.reasons[0] ?? '').replace(/patient [0-9a-f-]{36}|line \d+/, '…');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, count] of reasons) console.log(`${''.padEnd(20)} ${count} × ${reason}`);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-bench-import-'));
try {
  const file = path.join(dir, 'patients.csv');
  const started = performance.now();
  await writePatientsCsv(file);
  console.log(`Generated ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`);

  const postgres = await createBenchDatabase('topsmile_bench_import');
  try {
    await run('PostgreSQL', postgres.ctx, file);
  } finally {
    await postgres.drop();
  }

  const engine = pgliteEngine(await PGlite.create({ extensions: pgliteExtensions }));
  try {
    await migrate(engine);
    const ctx = await createAppContext(
      benchConfig({ kind: 'pglite', dataDir: 'memory://' }),
      engine,
      createLogger('silent'),
    );
    await run('PGlite (in memory)', ctx, file);
    await ctx.mailer.close();
  } finally {
    await engine.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
