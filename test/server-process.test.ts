import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicSettingsInput } from './factories/clinic.ts';
import { spawnServer, startServer, stopServer } from './server-process.ts';

const freshDataDir = () => mkdtempSync(path.join(os.tmpdir(), 'topsmile-process-'));
const admin = {
  TOPSMILE_ADMIN_EMAIL: 'owner@clinic.test',
  TOPSMILE_ADMIN_PASSWORD: 'a long and unusual passphrase 7',
};

async function adminToken(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.TOPSMILE_ADMIN_EMAIL, password: admin.TOPSMILE_ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

// Each test starts real processes (PGlite boot and migrations); on a busy 2-core machine that takes a while.
describe('the server process', { timeout: 120_000 }, () => {
  it('keeps saved settings across a graceful stop and a restart of the embedded database', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ TOPSMILE_DATA_DIR: dataDir, ...admin });
    const settings = clinicSettingsInput({ name: 'Persisted Smiles' });
    const saved = await fetch(`${first.url}/api/v1/clinic`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken(first.url)}` },
      body: JSON.stringify(settings),
    });
    expect(saved.status).toBe(200);
    expect(await stopServer(first)).toBe(0);
    expect(first.output()).toContain('shutting down');

    const second = await startServer({ TOPSMILE_DATA_DIR: dataDir });
    try {
      const read = await fetch(`${second.url}/api/v1/clinic`);
      expect(await read.json()).toEqual(settings);
    } finally {
      expect(await stopServer(second, 'SIGINT')).toBe(0);
    }
  });

  it('finishes a request already in flight when told to stop', async () => {
    const server = await startServer({ TOPSMILE_DATA_DIR: freshDataDir(), ...admin });
    const token = await adminToken(server.url);
    const inFlight = fetch(`${server.url}/api/v1/clinic`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(clinicSettingsInput({ name: 'Saved while stopping' })),
    });
    // Signal only once the server has accepted the request.
    while (!server.output().includes('"method":"PUT"'))
      await new Promise((resolve) => setTimeout(resolve, 1));
    const exitCode = stopServer(server);
    expect((await inFlight).status).toBe(200);
    expect(await exitCode).toBe(0);
  });

  it('stops promptly even with a connection that never sent a request', async () => {
    const server = await startServer({ TOPSMILE_DATA_DIR: freshDataDir(), ...admin });
    const { port } = new URL(server.url);
    const silent = net.connect(Number(port), '127.0.0.1');
    await once(silent, 'connect');
    const started = Date.now();
    expect(await stopServer(server)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    silent.destroy();
  });

  it('refuses a second process on the same embedded database', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ TOPSMILE_DATA_DIR: dataDir });
    try {
      const second = spawnServer({ TOPSMILE_DATA_DIR: dataDir, PORT: '0' });
      const [code] = await once(second, 'exit');
      expect(code).toBe(1);
      expect(second.output()).toContain('is in use by process');
    } finally {
      await stopServer(first);
    }
  });

  it('exits with code 1 and names the setting when the configuration is invalid', async () => {
    const child = spawnServer({ TOPSMILE_DATA_DIR: freshDataDir(), PORT: 'eighty' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(child.output()).toContain('Invalid configuration');
    expect(child.output()).toContain('PORT');
  });

  it('creates the first admin with a random password printed once, and can log in with it', async () => {
    const dataDir = freshDataDir();
    const first = await startServer({ TOPSMILE_DATA_DIR: dataDir });
    try {
      const printed = /password: (\S+)/.exec(first.output());
      expect(first.output()).toContain('admin@topsmile.local');
      const password = printed?.[1] ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      const login = await fetch(`${first.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@topsmile.local', password }),
      });
      expect(login.status).toBe(200);
    } finally {
      await stopServer(first);
    }
    const second = await startServer({ TOPSMILE_DATA_DIR: dataDir });
    await stopServer(second);
    expect(second.output()).not.toContain('password:');
  });

  it('runs migrations idempotently on a second start', async () => {
    const dataDir = freshDataDir();
    await stopServer(await startServer({ TOPSMILE_DATA_DIR: dataDir }));
    const again = await startServer({ TOPSMILE_DATA_DIR: dataDir });
    try {
      expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    } finally {
      await stopServer(again);
    }
  });
});
