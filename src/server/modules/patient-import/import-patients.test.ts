import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { parse } from 'csv-parse/sync';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader } from '../../../../test/auth.ts';
import { setClinicSettings } from '../../../../test/factories/clinic.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import type { AppContext } from '../../context.ts';
import { pgliteExtensions } from '../../db/engine.ts';
import { patients } from '../../db/schema.ts';
import { auditEvents } from '../audit/audit-tables.ts';
import { parseColumnOverrides } from './column-mapping.ts';
import { importPatients } from './import-patients.ts';
import { MalformedCsvError } from './parse-patient-csv.ts';
import { writeRejectsFile } from './rejects-file.ts';

const us = await createTestApp();
const brazil = await createTestApp();
await setClinicSettings(brazil.ctx, { locale: 'pt-BR', country: 'BR' });

const dir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-import-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

let fileNumber = 0;
async function csvFile(text: string): Promise<string> {
  const file = path.join(dir, `patients-${++fileNumber}.csv`);
  await writeFile(file, text, 'utf8');
  return file;
}

async function patientsNamed(ctx: AppContext, lastName: string) {
  return ctx.db.select().from(patients).where(eq(patients.lastName, lastName)).orderBy(patients.firstName);
}

async function patientCount(ctx: AppContext): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(patients);
  return row?.n ?? 0;
}

async function importEvents(ctx: AppContext) {
  return ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'patients.import'));
}

/**
 * The database the CLI process opens: on the PostgreSQL run this file's own; otherwise a copy
 * of the migrated template where the CLI looks for its embedded one (migrating it from
 * scratch would take most of the test's time).
 */
async function cliDatabase(): Promise<Record<string, string>> {
  const dataDir = path.join(dir, 'cli-data');
  // Also on PostgreSQL: the CLI keeps its generated secrets there, not in the repository's ./data.
  if (us.database.url) return { DATABASE_URL: us.database.url, TOPSMILE_DATA_DIR: dataDir };
  await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: path.join(dataDir, 'pglite'),
    extensions: pgliteExtensions,
    loadDataDir: new Blob([await readFile(inject('pgliteTemplate'))]),
  });
  await client.close();
  return { TOPSMILE_DATA_DIR: dataDir };
}

describe('import-patients', () => {
  it('imports valid rows (BOM, CRLF, quoted fields) with phones stored E.164 and one audit event', async () => {
    const file = await csvFile(
      '\uFEFFFirst Name,last_name,DOB,Mobile,phone2,Email,Sex,Address,City,State,ZIP,Notes\r\n' +
        'Ada,Importwell,1985-03-02,(202) 555-0123,,ADA@Example.COM,F,1 Main St,Springfield,IL,62701,"Prefers mornings, not Mondays"\r\n' +
        'Grace,Importwell,1990-12-09,415.555.2671,+44 20 7946 0958,,female,,,,,"Line one\r\nline two"\r\n',
    );
    const summary = await importPatients(us.ctx, { file });
    expect(summary).toMatchObject({ read: 2, valid: 2, imported: 2, rejected: 0, unknownColumns: [] });
    const [ada, grace] = await patientsNamed(us.ctx, 'Importwell');
    expect(ada).toMatchObject({
      firstName: 'Ada',
      dateOfBirth: '1985-03-02',
      phone: '+12025550123',
      secondaryPhone: null,
      email: 'ada@example.com',
      sex: 'female',
      address: { line1: '1 Main St', city: 'Springfield', region: 'IL', postalCode: '62701' },
      notes: 'Prefers mornings, not Mondays',
      createdBy: null,
    });
    expect(grace).toMatchObject({
      phone: '+14155552671',
      secondaryPhone: '+442079460958',
      notes: 'Line one\r\nline two',
    });
    // Imported patients are found by a misspelt name like any other.
    const misspelt = await us.app.inject({
      method: 'GET',
      url: '/api/v1/patients?q=imprtwell',
      headers: await authHeader(us.app, 'staff'),
    });
    expect(misspelt.json().items.map((item: { firstName: string }) => item.firstName)).toEqual([
      'Ada',
      'Grace',
    ]);
    const events = await importEvents(us.ctx);
    expect(events.at(-1)).toMatchObject({
      entity: 'patient',
      outcome: 'success',
      detail: { file: path.basename(file), rows: 2, imported: 2, rejected: 0 },
    });
  });

  it('rejects invalid rows with their line numbers and every reason, importing the rest', async () => {
    const file = await csvFile(
      [
        'first_name,last_name,date_of_birth,phone,email,sex,city',
        'Alan,Rejectson,1912-06-23,,,,',
        '"Multi',
        'line",Rejectson,1950-01-01,,,,',
        ',Rejectson,1960-13-01,,not-an-email,,',
        'Joan,Rejectson,1970-01-01,555-1234,,robot,Paris',
        'Too,Many,1970-01-01,,,,,extra',
        'Kurt,Rejectson,2999-01-01,,,,',
        'Emmy,Rejectson,1882-03-23,,,,',
      ].join('\n'),
    );
    const summary = await importPatients(us.ctx, { file });
    expect(summary).toMatchObject({ read: 7, valid: 3, imported: 3, rejected: 4 });
    expect(summary.rejects.map(({ line, reasons }) => ({ line, reasons }))).toEqual([
      {
        line: 5,
        reasons: [
          'dateOfBirth: Not a date; write it as YYYY-MM-DD or MM/DD/YYYY',
          'firstName: Required',
          'email: Must be a valid email address',
        ],
      },
      {
        line: 6,
        reasons: [expect.stringMatching(/^sex: /), 'address.line1: Required'],
      },
      { line: 7, reasons: ['Has 8 fields; the header has 7'] },
      { line: 8, reasons: ['dateOfBirth: In the future'] },
    ]);
    expect(summary.rejects[0]?.values).toEqual(['', 'Rejectson', '1960-13-01', '', 'not-an-email', '', '']);
    expect((await patientsNamed(us.ctx, 'Rejectson')).map((row) => row.firstName)).toEqual([
      'Alan',
      'Emmy',
      'Multi\nline',
    ]);
  });

  it('reports an invalid phone with its field path', async () => {
    const file = await csvFile('first_name,last_name,dob,phone\nNo,Phoneson,1980-01-01,555-1234\n');
    const summary = await importPatients(us.ctx, { file, dryRun: true });
    expect(summary.rejects).toEqual([
      {
        line: 2,
        values: ['No', 'Phoneson', '1980-01-01', '555-1234'],
        reasons: [expect.stringMatching(/^phone: Not a valid phone number for US/)],
      },
    ]);
  });

  it('rejects possible duplicates of registered patients and of earlier rows, unless told to allow them', async () => {
    const existing = await createTestPatient(us.ctx, {
      firstName: 'José',
      lastName: 'Dupont',
      dateOfBirth: '1975-05-05',
      phone: '+12025550188',
      email: 'taken@example.com',
    });
    const text = [
      'first_name,last_name,dob,phone,email',
      'JOSE,dupont,1975-05-05,,',
      'Other,Person,1980-01-01,(202) 555-0188,',
      'Third,Person,1981-01-01,,Taken@Example.com',
      'Fresh,Dupond,1990-02-02,(202) 555-0177,',
      'Fresh,Dupond,1990-02-02,,',
      'Sibling,Dupond,1992-02-02,202-555-0177,',
    ].join('\n');
    const summary = await importPatients(us.ctx, { file: await csvFile(text) });
    expect(summary.rejects.map(({ line, reasons }) => [line, reasons])).toEqual([
      [2, [`Possible duplicate of patient ${existing.id} (same name and date of birth)`]],
      [3, [`Possible duplicate of patient ${existing.id} (same phone)`]],
      [4, [`Possible duplicate of patient ${existing.id} (same email)`]],
      [6, ['Possible duplicate of line 5 (same name and date of birth)']],
      [7, ['Possible duplicate of line 5 (same phone)']],
    ]);
    expect(summary.imported).toBe(1);

    const allowed = await importPatients(us.ctx, { file: await csvFile(text), allowDuplicates: true });
    expect(allowed).toMatchObject({ imported: 6, rejected: 0 });
  });

  it('writes nothing on a dry run but reports what it would do', async () => {
    const before = await patientCount(us.ctx);
    const eventsBefore = (await importEvents(us.ctx)).length;
    const file = await csvFile('first_name,last_name,dob\nDry,Runner,1980-01-01\nWet,,1980-01-01\n');
    const summary = await importPatients(us.ctx, { file, dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, read: 2, valid: 1, imported: 0, rejected: 1 });
    expect(await patientCount(us.ctx)).toBe(before);
    expect(await importEvents(us.ctx)).toHaveLength(eventsBefore);
  });

  it('writes nothing when the CSV is malformed, naming the line', async () => {
    const before = await patientCount(us.ctx);
    const file = await csvFile(
      'first_name,last_name,dob\nGood,Row,1980-01-01\nBad,"Unterminated,1980-01-01\nAnother,Row,1981-01-01\n',
    );
    const failure = importPatients(us.ctx, { file });
    await expect(failure).rejects.toBeInstanceOf(MalformedCsvError);
    await expect(importPatients(us.ctx, { file })).rejects.toThrow(
      /malformed at line 3: .*Nothing was imported/,
    );
    expect(await patientCount(us.ctx)).toBe(before);
  });

  it('refuses a file that is not UTF-8 instead of importing mangled names', async () => {
    const file = path.join(dir, 'latin1.csv');
    await writeFile(file, Buffer.from('first_name,last_name,dob\nJos\xe9,Latin,1980-01-01\n', 'latin1'));
    await expect(importPatients(us.ctx, { file })).rejects.toThrow(/line 2: the file is not UTF-8/);
  });

  it('stops before reading rows when a required column is missing, and honours --map', async () => {
    const text = 'Given Name;Surname;Born\nMapped;Mapperson;1980-01-01\n';
    await expect(importPatients(us.ctx, { file: await csvFile(text) })).rejects.toThrow(
      /No column for dateOfBirth/,
    );
    const summary = await importPatients(us.ctx, {
      file: await csvFile(text),
      columnOverrides: parseColumnOverrides(['Given Name=firstName,Surname=lastName,Born=dateOfBirth']),
    });
    expect(summary).toMatchObject({ delimiter: ';', imported: 1 });
    expect(await patientsNamed(us.ctx, 'Mapperson')).toHaveLength(1);
  });

  it('reads dates and phones the way a Brazilian clinic writes them', async () => {
    const file = await csvFile(
      'Primeiro nome;Sobrenome;Data de nascimento;Celular;Observações\n' +
        'Maria;Brasileira;02/03/1985;(11) 91234-5678;"Alergia; penicilina"\n' +
        'João;Brasileira;1985-3-4;+1 202 555 0123;\n' +
        'Ana;Brasileira;31/02/1985;;\n',
    );
    const summary = await importPatients(brazil.ctx, { file });
    expect(summary.rejects.map(({ line, reasons }) => [line, reasons])).toEqual([
      [4, ['dateOfBirth: Not a date; write it as YYYY-MM-DD or DD/MM/YYYY']],
    ]);
    const rows = await patientsNamed(brazil.ctx, 'Brasileira');
    expect(
      rows.map(({ firstName, dateOfBirth, phone, notes }) => ({ firstName, dateOfBirth, phone, notes })),
    ).toEqual([
      { firstName: 'João', dateOfBirth: '1985-03-04', phone: '+12025550123', notes: null },
      {
        firstName: 'Maria',
        dateOfBirth: '1985-03-02',
        phone: '+5511912345678',
        notes: 'Alergia; penicilina',
      },
    ]);
  });

  it('writes rejects as CSV that reads back with line, reason and the original columns', async () => {
    const file = await csvFile('first_name,last_name,dob,notes\n,"Quote ""d""",1980-01-01,"a, b"\n');
    const summary = await importPatients(us.ctx, { file, dryRun: true });
    const rejectsFile = path.join(dir, 'rejects.csv');
    await writeRejectsFile(rejectsFile, summary.headers, summary.rejects, summary.delimiter);
    expect(parse(await readFile(rejectsFile), { bom: true })).toEqual([
      ['line', 'reason', 'first_name', 'last_name', 'dob', 'notes'],
      ['2', 'firstName: Required', '', 'Quote "d"', '1980-01-01', 'a, b'],
    ]);
  });

  it('runs from the command line', async () => {
    const file = await csvFile(
      'first_name,last_name,dob,extra\nCli,Person,1980-01-01,x\n,Nobody,1980-01-01,y\n',
    );
    const rejects = path.join(dir, 'cli-rejects.csv');
    const database = await cliDatabase();
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', 'import-patients', file, '--dry-run', '--rejects', rejects],
      {
        cwd: path.resolve(import.meta.dirname, '../../../..'),
        env: { PATH: process.env.PATH ?? '', ...database },
      },
    );
    expect(stderr).toContain('Ignoring columns the import does not know: extra');
    expect(stdout).toContain('Read 2 rows: 1 valid, 1 rejected.');
    expect(stdout).toContain('Dry run: nothing was written');
    expect(parse(await readFile(rejects), { bom: true })).toEqual([
      ['line', 'reason', 'first_name', 'last_name', 'dob', 'extra'],
      ['3', 'firstName: Required', '', 'Nobody', '1980-01-01', 'y'],
    ]);
  }, 60_000);
});
