import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {}

/** Who holds the lock: enough to tell a live holder from a dead one that had the same pid. */
export type LockHolder = {
  pid: number;
  host?: string;
  /** The kernel's boot id: a lock written before a reboot is stale whatever its pid. */
  bootId?: string;
  /** The holder's start time in clock ticks since boot: a reused pid has another one. */
  startTime?: string;
};

/** The holder keeps touching the lock file; one left untouched this long was left by a dead process. */
export const lockHeartbeatMs = 10_000;
export const lockStaleAfterMs = 3 * lockHeartbeatMs;

const heldHere = new Set<string>();

/**
 * PGlite is one process's database: a second process opening the same files would corrupt
 * them. The lock file names its holder, so that a lock left by a crashed process is taken
 * over — also when the new process got the dead one's pid, as PID 1 in a container does on
 * every restart, and when another host (a container sharing the volume) wrote it and stopped
 * touching it.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(processIdentity(process.pid)), { flag: 'wx' });
      return holdLock(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockFile);
      const touchedMsAgo = Date.now() - statSync(lockFile).mtimeMs;
      if (holder && !isStale(holder, touchedMsAgo, heldHere.has(lockFile))) {
        throw new DataDirLockedError(
          `The embedded database at ${dataDir} is in use by process ${holder.pid}` +
            `${holder.host && holder.host !== os.hostname() ? ` on ${holder.host}` : ''}. ` +
            'Stop it first, or set DATABASE_URL to share a PostgreSQL server between processes.',
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}`);
}

function holdLock(lockFile: string): () => void {
  heldHere.add(lockFile);
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(lockFile, now, now);
    } catch {
      // Removed under us (by hand): nothing to keep fresh.
    }
  }, lockHeartbeatMs);
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    heldHere.delete(lockFile);
    rmSync(lockFile, { force: true });
  };
}

/**
 * Whether a lock can be taken over. `heldByThisProcess`: this process took it and still holds
 * it; a lock naming our pid that we did not take is a previous life of ours.
 */
export function isStale(
  holder: LockHolder,
  touchedMsAgo: number,
  heldByThisProcess: boolean,
  self: LockHolder = processIdentity(process.pid),
  probe: (pid: number) => LockHolder | undefined = liveProcess,
): boolean {
  if (heldByThisProcess) return false;
  const sameMachine =
    (holder.host === undefined || holder.host === self.host) &&
    (holder.bootId === undefined || holder.bootId === self.bootId);
  if (!sameMachine) {
    // Rebooted, or another host whose processes we cannot see: only the heartbeat tells.
    if (holder.host === self.host) return true;
    return touchedMsAgo > lockStaleAfterMs;
  }
  if (holder.pid === self.pid) return true;
  const running = probe(holder.pid);
  if (!running) return true;
  return (
    holder.startTime !== undefined &&
    running.startTime !== undefined &&
    holder.startTime !== running.startTime
  );
}

function readHolder(lockFile: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Earlier versions wrote the bare pid.
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { ...parsed, pid: parsed.pid } : undefined;
  } catch {
    return undefined;
  }
}

export function processIdentity(pid: number): LockHolder {
  return { pid, host: os.hostname(), bootId: bootId(), startTime: startTimeOf(pid) };
}

function liveProcess(pid: number): LockHolder | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return { pid, startTime: startTimeOf(pid) };
}

// Linux only (/proc); elsewhere the pid alone has to do.
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}
