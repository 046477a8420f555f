import { createLogger } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createAppContext } from './context.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { ProblemError } from './lib/problem.ts';
import { describeAuditVerification, verifyAuditChain } from './modules/audit/verify-audit-chain.ts';
import { runBackupCommand } from './modules/backup/backup-command.ts';
import { runRestoreCommand } from './modules/backup/restore-command.ts';
import { parseSeedDemoArgs, runSeedDemoCommand } from './modules/demo-data/seed-demo-command.ts';
import {
  parseImportPatientsArgs,
  runPatientImportCommand,
} from './modules/patient-import/import-patients-command.ts';
import { createAdmin } from './modules/users/bootstrap-admin.ts';

const usage = `Usage: npm run cli -- <command>

Commands:
  migrate                      apply pending database migrations
  create-admin <email> [name]  create an administrator; the password is read from
                               TOPSMILE_ADMIN_PASSWORD or generated and printed once
  verify-audit                 check the audit trail's HMAC chain; exits 1 if it is broken
  import-patients <file.csv> [--map "Column=field,…"] [--dry-run] [--allow-duplicates] [--rejects <out.csv>]
                               import patients from a CSV file: every valid row in one transaction,
                               the others reported with their line numbers and reasons
  backup <file>                dump every table into a new file (JSON lines; gzipped if it ends in .gz),
                               from one consistent snapshot; on PostgreSQL while the server runs
  restore <file>               load a backup into the configured database, which must be empty,
                               and check the audit chain
  seed-demo [--patients N]     add invented staff and N patients (default 200) to try the product on;
                               the password is TOPSMILE_DEMO_PASSWORD or generated and printed once
`;

async function withDatabase<T>(
  work: (engine: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const engine = await openDatabase(config.database);
  try {
    await migrate(engine);
    return await work(engine);
  } finally {
    await engine.close();
  }
}

async function runMigrate(): Promise<void> {
  const config = loadConfig();
  const engine = await openDatabase(config.database);
  try {
    const applied = await migrate(engine);
    console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.join(', ')}`);
  } finally {
    await engine.close();
  }
}

async function runCreateAdmin(email: string | undefined, name: string | undefined): Promise<void> {
  if (!email) {
    console.error('Give the email: npm run cli -- create-admin someone@clinic.example "Full Name"');
    process.exitCode = 2;
    return;
  }
  await withDatabase(async (engine) => {
    const config = loadConfig();
    const ctx = await createAppContext(config, engine, createLogger('warn'));
    const password = process.env.TOPSMILE_ADMIN_PASSWORD?.trim() || undefined;
    const created = await createAdmin(ctx, {
      email,
      ...(name ? { name } : {}),
      ...(password ? { password } : {}),
    });
    await ctx.mailer.close();
    if (!created) {
      console.error(`An account with the email ${email} already exists.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Created administrator ${email}.`);
    if (created.generatedPassword) console.log(`Password (shown only now): ${created.generatedPassword}`);
  });
}

// Read-only on purpose (no migrate first): checking evidence must not change the database.
async function runVerifyAudit(): Promise<void> {
  const config = loadConfig();
  const engine = await openDatabase(config.database);
  try {
    const result = await verifyAuditChain(engine.db, config.auditKey);
    const line = describeAuditVerification(result);
    if (result.ok) {
      console.log(line);
    } else {
      console.error(line);
      process.exitCode = 1;
    }
  } finally {
    await engine.close();
  }
}

async function runImportPatients(args: string[]): Promise<void> {
  const request = parseImportPatientsArgs(args);
  if ('problem' in request) {
    console.error(request.problem);
    process.exitCode = 2;
    return;
  }
  await withDatabase(async (engine) => {
    const ctx = await createAppContext(loadConfig(), engine, createLogger('warn'));
    try {
      process.exitCode = await runPatientImportCommand(ctx, request);
    } finally {
      await ctx.mailer.close();
    }
  });
}

async function runSeedDemo(args: string[]): Promise<void> {
  const request = parseSeedDemoArgs(args);
  if ('problem' in request) {
    console.error(request.problem);
    process.exitCode = 2;
    return;
  }
  await withDatabase(async (engine) => {
    const ctx = await createAppContext(loadConfig(), engine, createLogger('warn'));
    try {
      process.exitCode = await runSeedDemoCommand(ctx, request);
    } finally {
      await ctx.mailer.close();
    }
  });
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  migrate: runMigrate,
  'verify-audit': runVerifyAudit,
  'create-admin': ([email, name]) => runCreateAdmin(email, name),
  'import-patients': runImportPatients,
  'seed-demo': runSeedDemo,
  backup: async (args) => {
    process.exitCode = await runBackupCommand(args);
  },
  restore: async (args) => {
    process.exitCode = await runRestoreCommand(args);
  },
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(usage);
  process.exitCode = name ? 2 : 0;
} else {
  command(args).catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof ProblemError) console.error(`Failed: ${error.detail ?? error.code}`);
    else console.error(`Failed: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
