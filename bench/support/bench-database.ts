// Shared by the benchmarks: a throwaway PostgreSQL database, migrated, and the settings of an
// app that does not log or rate-limit (the benchmarks send thousands of requests a minute).
import { createLogger } from '../../src/server/app.ts';
import type { Config } from '../../src/server/config.ts';
import { type AppContext, createAppContext } from '../../src/server/context.ts';
import { type Engine, openPostgres } from '../../src/server/db/engine.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { testConfig } from '../../test/app.ts';
import { adminQuery, databaseUrlWithName } from '../../test/template-database.ts';

export const benchServerUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The tests' settings (kept in step with Config by whoever changes it) without the rate limit. */
export function benchConfig(database: Config['database']): Config {
  return testConfig({ database, rateLimitPerMinute: 10_000_000 });
}

export type BenchDatabase = { url: string; engine: Engine; ctx: AppContext; drop(): Promise<void> };

/** A fresh, migrated database `name` on the benchmark server (dropped first if a run left it). */
export async function createBenchDatabase(name: string): Promise<BenchDatabase> {
  await adminQuery(benchServerUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(benchServerUrl, `CREATE DATABASE ${name}`);
  return openBenchDatabase(name);
}

/** Database `name` on the benchmark server as it is (a kept one, say), migrated to the latest schema. */
export async function openBenchDatabase(name: string): Promise<BenchDatabase> {
  const url = databaseUrlWithName(benchServerUrl, name);
  const engine = openPostgres(url, 10);
  try {
    await migrate(engine);
  } catch (error) {
    await engine.close();
    throw error;
  }
  const ctx = await createAppContext(
    benchConfig({ kind: 'postgres', url, poolSize: 10 }),
    engine,
    createLogger('silent'),
  );
  return {
    url,
    engine,
    ctx,
    async drop() {
      await ctx.mailer.close();
      await engine.close();
      await adminQuery(benchServerUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
