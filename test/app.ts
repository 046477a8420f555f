import { afterAll } from 'vitest';
import { type App, buildApp, createLogger } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
import { type AppContext, createAppContext } from '../src/server/context.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    database: { kind: 'pglite', dataDir: 'memory://' },
    dataDir: '/nonexistent',
    jwtSecret: 'test-jwt-secret-that-is-long-enough-0123456789',
    auditKey: 'test-audit-key-that-is-long-enough-0123456789',
    publicUrl: 'http://localhost',
    rateLimitPerMinute: 100_000,
    holdMinutes: 10,
    // Off: a busy test machine must not turn requests away (shed-load.test.ts turns it on).
    pressure: {
      maxEventLoopDelayMs: 0,
      maxEventLoopUtilization: 0,
      maxHeapUsedBytes: 0,
      maxRssBytes: 0,
      retryAfterSeconds: 5,
      sampleIntervalMs: 1000,
    },
    trustProxy: false,
    smtpUrl: undefined,
    mailFrom: 'TopSmile <no-reply@topsmile.test>',
    firstAdmin: { email: undefined, password: undefined },
    stripe: undefined,
    ...overrides,
  };
}

export type TestApp = { app: App; database: TestDatabase; ctx: AppContext };

/** An app over a fresh database, closed after the file's tests. Drive it with app.inject(). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  contextOverrides: Parameters<typeof createAppContext>[3] = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const ctx = await createAppContext(
    testConfig(overrides),
    database.engine,
    createLogger('silent'),
    contextOverrides,
  );
  const app = await buildApp({ ctx });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });
  return { app, database, ctx };
}
