import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, lockStaleAfterMs, processIdentity } from './data-dir-lock.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'topsmile-lock-'));
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
afterAll(() => {
  sleeper.kill();
  rmSync(root, { recursive: true, force: true });
});

let dirs = 0;
function dataDirWithLock(holder: unknown, touchedMsAgo = 0): string {
  const dataDir = path.join(root, `db-${++dirs}`);
  writeFileSync(`${dataDir}.lock`, typeof holder === 'string' ? holder : JSON.stringify(holder));
  const touched = new Date(Date.now() - touchedMsAgo);
  utimesSync(`${dataDir}.lock`, touched, touched);
  return dataDir;
}

function sleeperPid(): number {
  if (sleeper.pid === undefined) throw new Error('the sleeper did not start');
  return sleeper.pid;
}

describe('the embedded database lock', () => {
  it('takes over a lock naming its own pid that it did not take (PID 1 restarted in a container)', () => {
    for (const holder of [String(process.pid), { ...processIdentity(process.pid), startTime: '1' }]) {
      const dataDir = dataDirWithLock(holder);
      const release = lockDataDir(dataDir);
      expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(process.pid);
      release();
    }
  });

  it('refuses a second lock in the process that holds it', () => {
    const dataDir = path.join(root, 'held-here');
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    release();
    lockDataDir(dataDir)();
  });

  it('refuses while another live process holds it, and takes over when that pid now belongs to another process', () => {
    const live = dataDirWithLock(processIdentity(sleeperPid()));
    expect(() => lockDataDir(live)).toThrow(/in use by process/);
    const reused = dataDirWithLock({ ...processIdentity(sleeperPid()), startTime: '1' });
    lockDataDir(reused)();
  });

  it('takes over a lock whose process is gone', () => {
    lockDataDir(dataDirWithLock({ ...processIdentity(process.pid), pid: 2 ** 22 + 1 }))();
  });

  it('trusts another host only while it keeps the lock fresh', () => {
    const elsewhere = { pid: 1, host: 'another-container', bootId: 'x', startTime: '5' };
    expect(() => lockDataDir(dataDirWithLock(elsewhere))).toThrow(/on another-container/);
    lockDataDir(dataDirWithLock(elsewhere, lockStaleAfterMs + 5_000))();
  });
});
