import net from 'node:net';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testConfig } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { createTestUser } from '../../../test/factories/users.ts';
import { buildApp, createLogger } from '../app.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createAppContext } from '../context.ts';
import { auditEvents } from '../modules/audit/audit-tables.ts';

function send(port: number, raw: string): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  socket.write(raw);
  return new Promise((resolve) => {
    let answer = '';
    socket.on('data', (data) => {
      answer += data;
    });
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(1_000, () => socket.destroy());
  });
}

describe('a malformed request', () => {
  it('is answered or dropped without an internal error in the log', async () => {
    const lines: string[] = [];
    const log = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await createTestDatabase();
    const ctx = await createAppContext(testConfig(), database.engine, createLogger('warn', log));
    const app = await buildApp({ ctx });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as net.AddressInfo;
      const head = 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
      await send(port, `${head}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`);
      await send(port, `${head}Transfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n`);
      await send(port, `${head}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n`);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.drop();
    }
    expect(lines.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
  });
});

const limitedApp = await createTestApp({ rateLimitPerMinute: 3 });

describe('the rate limit', () => {
  const { app } = limitedApp;

  it('never answers 429 to health and readiness probes', async () => {
    for (let i = 0; i < 6; i++) {
      expect(
        (await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.1.2.3' })).statusCode,
      ).toBe(200);
      expect(
        (await app.inject({ method: 'GET', url: '/readyz', remoteAddress: '10.1.2.3' })).statusCode,
      ).toBe(200);
    }
    const limited = [];
    for (let i = 0; i < 4; i++) {
      limited.push(
        (await app.inject({ method: 'GET', url: '/api/v1/clinic', remoteAddress: '10.1.2.3' })).statusCode,
      );
    }
    expect(limited).toContain(429);
  });
});

const behindProxies = {
  none: await createTestApp(),
  range: await createTestApp({ trustProxy: ['10.0.0.0/8'] }),
  hops: await createTestApp({ trustProxy: 2 }),
};

describe('the client address behind a proxy', () => {
  async function auditedAddress({ app, ctx }: TestApp) {
    const user = await createTestUser(ctx);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'not the password at all' },
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    const [event] = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    return event?.ip;
  }

  it('ignores X-Forwarded-For unless a proxy is trusted', async () => {
    expect(await auditedAddress(behindProxies.none)).toBe('10.0.0.2');
    expect(await auditedAddress(behindProxies.range)).toBe('203.0.113.9');
    expect(await auditedAddress(behindProxies.hops)).toBe('203.0.113.9');
  });

  it('reads TOPSMILE_TRUST_PROXY as Fastify does, off by default', () => {
    const base = { TOPSMILE_JWT_SECRET: 'x'.repeat(32), TOPSMILE_AUDIT_KEY: 'y'.repeat(32) };
    const read = (value?: string) => loadConfig({ ...base, TOPSMILE_TRUST_PROXY: value }).trustProxy;
    expect(read()).toBe(false);
    expect(read('false')).toBe(false);
    expect(read('true')).toBe(true);
    expect(read('2')).toBe(2);
    expect(read('10.0.0.0/8, ::1,loopback')).toEqual(['10.0.0.0/8', '::1', 'loopback']);
    expect(() => read('10.0.0.0/33')).toThrow(ConfigError);
    expect(() => read('proxy.example')).toThrow(/TOPSMILE_TRUST_PROXY/);
  });
});
