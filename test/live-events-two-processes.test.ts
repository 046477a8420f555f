import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq, ne } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/server/app.ts';
import { type AppContext, createAppContext } from '../src/server/context.ts';
import { appointments } from '../src/server/db/schema.ts';
import {
  bookableClinic,
  connectEventStream,
  type EventStreamClient,
  listenOnLoopback,
} from '../src/server/modules/live-events/live-events-test-support.ts';
import { testConfig } from './app.ts';
import { createTestDatabase } from './database.ts';
import { createTestPatient } from './factories/patients.ts';
import { createTestUser, testPassword } from './factories/users.ts';
import { type RunningServer, startServer, stopServer } from './server-process.ts';

/**
 * Two servers on one database, as ARCHITECTURE.md's "stateless processes" promises. On
 * PostgreSQL (TEST_DATABASE_URL) they are two real processes started like `npm start`; on the
 * PGlite pass, whose database belongs to one process, two app instances in this process share
 * one engine — the same scenario, with NOTIFY crossing apps rather than processes.
 */
type TwoServers = {
  kind: 'processes' | 'apps in one process';
  urls: [string, string];
  /** For factories: writes straight to the shared database. */
  ctx: AppContext;
  admin: { email: string; password: string };
  /** Stops the second server the way its process would be stopped; resolves when it has. */
  stopSecond(): Promise<void>;
  close(): Promise<void>;
};

const database = await createTestDatabase();
const setupCtx = await createAppContext(testConfig(), database.engine, createLogger('silent'));
const servers = database.url ? await startTwoProcesses(database.url) : await startTwoApps();
afterAll(async () => {
  await servers.close();
  await database.drop();
});

async function startTwoProcesses(url: string): Promise<TwoServers> {
  const admin = { email: 'owner@clinic.test', password: 'a long and unusual passphrase 7' };
  const environment = {
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '8',
    TOPSMILE_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'topsmile-two-processes-')),
    TOPSMILE_ADMIN_EMAIL: admin.email,
    TOPSMILE_ADMIN_PASSWORD: admin.password,
    TOPSMILE_JWT_SECRET: 'two-processes-share-this-jwt-secret-0123456789',
    TOPSMILE_AUDIT_KEY: 'two-processes-share-this-audit-key-0123456789',
    TOPSMILE_RATE_LIMIT_PER_MINUTE: '100000',
  };
  const started = await Promise.allSettled([startServer(environment), startServer(environment)]);
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const [first, second] = running;
  if (!first || !second) {
    await Promise.all(running.map((server) => stopServer(server)));
    throw new Error(`a server did not start: ${JSON.stringify(started.map((result) => result.status))}`);
  }
  const stopped = new Set<RunningServer>();
  const stop = async (server: RunningServer) => {
    if (stopped.has(server)) return;
    stopped.add(server);
    const code = await stopServer(server);
    if (code !== 0) throw new Error(`server exited with ${code}:\n${server.output().slice(-4000)}`);
  };
  return {
    kind: 'processes',
    urls: [first.url, second.url],
    ctx: setupCtx,
    admin,
    stopSecond: () => stop(second),
    close: async () => {
      await Promise.all([stop(first), stop(second)]);
    },
  };
}

async function startTwoApps(): Promise<TwoServers> {
  const apps = await Promise.all(
    [0, 1].map(async () =>
      buildApp({ ctx: await createAppContext(testConfig(), database.engine, createLogger('silent')) }),
    ),
  );
  const [first, second] = apps;
  if (!first || !second) throw new Error('unreachable: two apps were built');
  const urls: [string, string] = [await listenOnLoopback(first), await listenOnLoopback(second)];
  const adminUser = await createTestUser(setupCtx, { role: 'admin' });
  return {
    kind: 'apps in one process',
    urls,
    ctx: setupCtx,
    admin: { email: adminUser.email, password: testPassword },
    stopSecond: () => second.close(),
    close: async () => {
      await Promise.all([first.close(), second.close()]);
    },
  };
}

async function logIn(url: string): Promise<{ authorization: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(servers.admin),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

const [urlA, urlB] = servers.urls;
const [adminA, adminB] = await Promise.all([logIn(urlA), logIn(urlB)]);
const { ctx } = servers;
const { provider, type } = await bookableClinic(ctx);

/** 10:00 in New York, `days` days from today: inside the provider's hours, always in the future. */
function slotInDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const offset = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(`${date}T15:00:00Z`))
    .find((part) => part.type === 'timeZoneName')
    ?.value.replace('GMT', '');
  return `${date}T10:00:00${offset ?? '-05:00'}`;
}

function book(url: string, headers: Record<string, string>, body: Record<string, unknown>) {
  return fetch(`${url}/api/v1/appointments`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ providerId: provider.id, appointmentTypeId: type.id, ...body }),
  });
}

const streams: EventStreamClient[] = [];
afterAll(() => {
  for (const stream of streams) stream.close();
});
async function listenOnB(): Promise<EventStreamClient> {
  const stream = await connectEventStream(`${urlB}/api/v1/events`, adminB);
  streams.push(stream);
  expect(stream.status).toBe(200);
  return stream;
}

describe(`two servers on one database (${servers.kind})`, () => {
  it('an appointment booked through A reaches a client of B within a second', async () => {
    const stream = await listenOnB();
    const patient = await createTestPatient(ctx);
    const sentAt = performance.now();
    const response = await book(urlA, adminA, { patientId: patient.id, start: slotInDays(3) });
    const committedAt = performance.now();
    expect(response.status).toBe(201);
    const booked = (await response.json()) as { id: string };
    const event = await stream.next({ timeoutMs: 1_000 });
    const receivedAt = performance.now();
    expect(event.event).toBe('appointment.created');
    expect(JSON.parse(event.data)).toMatchObject({ id: booked.id, providerId: provider.id });
    expect(receivedAt - sentAt).toBeLessThan(1_000);
    console.info(
      `[${servers.kind}] booking answered in ${Math.round(committedAt - sentAt)} ms; ` +
        `event on B ${Math.round(receivedAt - committedAt)} ms after the answer`,
    );
  });

  it('200 simultaneous bookings of one slot through both: one 201, 199 409, no 5xx, one row, one event', async () => {
    const stream = await listenOnB();
    const patients = await Promise.all(Array.from({ length: 200 }, () => createTestPatient(ctx)));
    const start = slotInDays(4);
    const startedAt = performance.now();
    const responses = await Promise.all(
      patients.map(async (patient, index) => {
        const [url, headers] = index % 2 === 0 ? [urlA, adminA] : [urlB, adminB];
        const response = await book(url, headers, { patientId: patient.id, start });
        const body = (await response.json()) as { id?: string; code?: string };
        return { status: response.status, body };
      }),
    );
    const elapsed = performance.now() - startedAt;
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(199);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(
      new Set(['slot_unavailable']),
    );
    const [rows] = await ctx.db
      .select({ n: count() })
      .from(appointments)
      .where(and(eq(appointments.providerId, provider.id), ne(appointments.status, 'cancelled')));
    // The slot of the first test, and this one.
    expect(rows?.n).toBe(2);

    const winner = responses.find((response) => response.status === 201)?.body.id;
    const created = await stream.next({ timeoutMs: 2_000 });
    expect(JSON.parse(created.data).id).toBe(winner);
    // The 199 rolled-back bookings announce nothing, on either server.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.received).toHaveLength(1);
    console.info(`[${servers.kind}] 200 racing bookings answered in ${Math.round(elapsed)} ms`);
  }, 120_000);

  it('a server shutting down ends its open event streams and exits cleanly', async () => {
    const stream = await listenOnB();
    await servers.stopSecond();
    await stream.ended;
  });
});
