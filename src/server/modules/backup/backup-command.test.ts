import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-backup-cli-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function runCli(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', ...args],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          TOPSMILE_DATA_DIR: dataDir,
          TOPSMILE_AUDIT_KEY: 'cli-test-audit-key-that-is-long-enough-0123',
          TOPSMILE_JWT_SECRET: 'cli-test-jwt-secret-that-is-long-enough-0123',
        },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run cli -- backup', () => {
  it('refuses, saying what to do, while a running server holds the embedded database', {
    timeout: 90_000,
  }, async () => {
    await mkdir(dataDir, { recursive: true });
    // This test process stands for the running server: the lock names a live process.
    await writeFile(path.join(dataDir, 'pglite.lock'), String(process.pid));
    const file = path.join(dataDir, 'backup.jsonl');
    const result = await runCli(['backup', file]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/in use by process/);
    expect(result.output).toMatch(/stop TopSmile, run the backup, start it again/);
    await expect(access(file)).rejects.toThrow();
    await rm(path.join(dataDir, 'pglite.lock'));
  });
});
