import { afterAll } from 'vitest';
import { type App, buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
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
    smtpUrl: undefined,
    mailFrom: 'TopSmile <no-reply@topsmile.test>',
    stripe: undefined,
    ...overrides,
  };
}

export type TestApp = { app: App; database: TestDatabase };

/** An app over a fresh database, closed after the file's tests. Drive it with app.inject(). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ config: testConfig(overrides), engine: database.engine, logger: false });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });
  return { app, database };
}
