import { buildApp, createLogger } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createAppContext } from './context.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { trackIdleConnections } from './http/idle-connections.ts';
import { ProblemError } from './lib/problem.ts';
import { type RetentionJob, startRetentionJob } from './modules/retention/start-retention-job.ts';
import { type CreatedAdmin, ensureFirstAdmin } from './modules/users/bootstrap-admin.ts';

const shutdownGraceMs = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const engine = await openDatabase(config.database);
  let app: Awaited<ReturnType<typeof buildApp>>;
  let connections: ReturnType<typeof trackIdleConnections>;
  let retention: RetentionJob;
  try {
    await migrate(engine);
    const ctx = await createAppContext(config, engine, createLogger(config.logLevel));
    announceFirstAdmin(await ensureFirstAdmin(ctx));
    app = await buildApp({ ctx });
    retention = startRetentionJob(ctx);
    connections = trackIdleConnections(app.server);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await engine.close();
    throw error;
  }
  if (!config.smtpUrl) {
    app.log.warn(
      'SMTP_URL is not set: outgoing mail (verification, password reset, invitations) is kept in the ' +
        'development mailbox that admins read at /dev/mail. Set SMTP_URL before patients use this server.',
    );
  }
  app.log.info(
    {
      database: config.database.kind,
      dataDir: config.database.kind === 'pglite' ? config.dataDir : undefined,
    },
    `TopSmile is running at http://localhost:${config.port}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, shutdownGraceMs);
    force.unref();
    retention.stop();
    try {
      // close() stops accepting, waits for in-flight requests, then the database is
      // closed so that PGlite flushes its files and reopens cleanly.
      const closing = app.close();
      const sweep = setInterval(() => connections.destroyIdle(), 200);
      await closing;
      clearInterval(sweep);
      await engine.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ kind: (error as Error).name }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

// Printed to the console, not the log: the one time a generated password is shown.
function announceFirstAdmin(admin: CreatedAdmin | undefined): void {
  if (!admin) return;
  if (admin.generatedPassword === undefined) {
    console.log(`Created the first administrator: ${admin.email}`);
    return;
  }
  console.log(
    [
      '',
      '  First start: an administrator account was created.',
      `    email:    ${admin.email}`,
      `    password: ${admin.generatedPassword}`,
      '  This password is shown only now. Log in and change it (Account → Password).',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof ProblemError) {
    console.error(
      `TopSmile could not start: ${error.detail ?? error.code} ${JSON.stringify(error.errors ?? [])}`,
    );
  } else {
    console.error(`TopSmile could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
