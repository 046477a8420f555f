import { ConfigError, loadConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';

const usage = `Usage: npm run cli -- <command>

Commands:
  migrate        apply pending database migrations
  create-admin   create an administrator account (arrives with the identity module)
`;

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

const commands: Record<string, () => Promise<void>> = {
  migrate: runMigrate,
  'create-admin': async () => {
    console.error('create-admin is not available yet: accounts arrive with the identity module.');
    process.exitCode = 2;
  },
};

const [name] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(usage);
  process.exitCode = name ? 2 : 0;
} else {
  command().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Failed: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
