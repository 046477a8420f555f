import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'topsmile-config-'));

describe('configuration', () => {
  it('starts with no configuration at all: embedded database, port 3000, generated secrets kept', () => {
    const dataDir = freshDir();
    const config = loadConfig({ TOPSMILE_DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'jwt-secret.txt'), 'utf8').trim()).toBe(config.jwtSecret);
    expect(loadConfig({ TOPSMILE_DATA_DIR: dataDir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      TOPSMILE_DATA_DIR: freshDir(),
      DATABASE_URL: 'postgres://u@db:5432/topsmile',
    });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@db:5432/topsmile' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ TOPSMILE_JWT_SECRET: 'short' }, 'TOPSMILE_JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STRIPE_SECRET_KEY: 'pk_live_123' }, 'STRIPE_SECRET_KEY'],
  ])('names the bad setting in %o', (environment, name) => {
    expect(() => loadConfig({ TOPSMILE_DATA_DIR: freshDir(), ...environment })).toThrow(ConfigError);
    expect(() => loadConfig({ TOPSMILE_DATA_DIR: freshDir(), ...environment })).toThrow(name);
  });

  it('never echoes a secret value in its message', () => {
    try {
      loadConfig({ TOPSMILE_DATA_DIR: freshDir(), TOPSMILE_JWT_SECRET: 'hunter2-secret' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2-secret');
    }
  });
});
