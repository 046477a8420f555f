import type { Config } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { type Engine, openPglite, openPostgres } from './engine.ts';

/** Opens the configured engine; the embedded one is locked to this process. */
export async function openDatabase(database: Config['database']): Promise<Engine> {
  if (database.kind === 'postgres') return openPostgres(database.url, database.poolSize);
  const unlock = lockDataDir(database.dataDir);
  try {
    const engine = await openPglite(database.dataDir);
    return {
      ...engine,
      async close() {
        await engine.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
