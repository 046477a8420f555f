import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.ts';
import type { Appointment } from '../../../shared/scheduling.ts';
import { type Engine, openPostgres } from '../../db/engine.ts';
import { createLiveEventHub, type LiveEventHubOptions } from './live-event-hub.ts';
import { eventually } from './live-events-test-support.ts';
import {
  type LiveEvent,
  type LiveEventKind,
  liveEventsChannel,
  publishLiveEvent,
} from './publish-live-event.ts';
import { latestLiveEventId } from './read-live-events.ts';

const database = await createTestDatabase();
afterAll(() => database.drop());
const { engine } = database;
const { db } = engine;

const logLines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
const logged = (text: string) => logLines.some((line) => line.includes(text));

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  const at = new Date('2026-03-03T15:00:00Z').toISOString();
  return {
    id: randomUUID(),
    patientId: randomUUID(),
    providerId: randomUUID(),
    operatoryId: null,
    appointmentTypeId: randomUUID(),
    start: at,
    end: at,
    status: 'scheduled',
    notes: null,
    cancelReason: null,
    seriesId: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

async function publish(
  kind: LiveEventKind = 'appointment.created',
  about = appointment(),
): Promise<Appointment> {
  await db.transaction((tx) => publishLiveEvent(tx, kind, about));
  return about;
}

/** A subscriber that records what it is given. */
function recorder() {
  const events: LiveEvent[] = [];
  const resyncs: number[] = [];
  let closed = false;
  return {
    events,
    resyncs,
    isClosed: () => closed,
    subscriber: {
      deliver: (event: LiveEvent) => void events.push(event),
      resync: (latestId: number) => void resyncs.push(latestId),
      close: () => {
        closed = true;
      },
    },
  };
}

/**
 * The engine, with LISTEN connections that a test can break on purpose and refuse to reopen:
 * on PostgreSQL by terminating the real backend, on PGlite (which has no connection to lose)
 * by ending the subscription and reporting the loss as the engine would.
 */
function breakableEngine(real: Engine) {
  let open: { stop: () => Promise<void>; lose: (error: Error) => void } | undefined;
  let refusals = 0;
  let attempts = 0;
  const listen: Engine['listen'] = async (channel, onMessage, onLost) => {
    attempts++;
    if (refusals > 0) {
      refusals--;
      throw new Error('connection refused (simulated)');
    }
    const stop = await real.listen(channel, onMessage, (error) => {
      open = undefined;
      onLost?.(error);
    });
    open = { stop, lose: (error) => onLost?.(error) };
    return async () => {
      open = undefined;
      await stop();
    };
  };
  return {
    listen,
    attempts: () => attempts,
    isOpen: () => open !== undefined,
    refuseNext(count: number) {
      refusals = count;
    },
    async breakConnection() {
      if (real.kind === 'postgres') {
        await db.execute(
          sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = 'topsmile-listen' AND datname = current_database()`,
        );
        await eventually(() => open === undefined);
        return;
      }
      const current = open;
      if (!current) throw new Error('not listening');
      open = undefined;
      await current.stop();
      current.lose(new Error('connection lost (simulated)'));
    },
  };
}

function hubOver(engineForHub: Pick<Engine, 'listen'>, options: Partial<LiveEventHubOptions> = {}) {
  return createLiveEventHub({
    engine: engineForHub,
    db,
    log,
    reconnectDelayMs: { first: 300, max: 1_000 },
    ...options,
  });
}

async function listenerConnections(): Promise<number | undefined> {
  if (engine.kind !== 'postgres') return undefined;
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`pg_stat_activity`)
    .where(sql`application_name = 'topsmile-listen' AND datname = current_database()`);
  return rows[0]?.n;
}

describe('the live event hub', () => {
  it('listens from its first subscriber on, through one connection, and stops when closed', async () => {
    const breakable = breakableEngine(engine);
    const hub = hubOver(breakable);
    expect(breakable.isOpen()).toBe(false);
    const first = recorder();
    const second = recorder();
    await hub.subscribe(first.subscriber);
    await hub.subscribe(second.subscriber);
    expect(breakable.attempts()).toBe(1);
    expect(await listenerConnections()).toBe(engine.kind === 'postgres' ? 1 : undefined);
    await hub.close();
    expect(first.isClosed() && second.isClosed()).toBe(true);
    expect(breakable.isOpen()).toBe(false);
    expect(await listenerConnections()).toBe(engine.kind === 'postgres' ? 0 : undefined);
    await expect(hub.subscribe(recorder().subscriber)).rejects.toThrow(/closed/);
  });

  it('delivers each committed event once to every subscriber, in order, and nothing rolled back', async () => {
    const hub = hubOver(engine);
    const first = recorder();
    const second = recorder();
    await hub.subscribe(first.subscriber);
    const unsubscribe = await hub.subscribe(second.subscriber);
    try {
      const booked = await publish('appointment.created');
      await expect(
        db.transaction(async (tx) => {
          await publishLiveEvent(tx, 'appointment.created', appointment());
          throw new Error('the booking failed after publishing');
        }),
      ).rejects.toThrow(/booking failed/);
      const cancelled = await publish('appointment.cancelled', {
        ...booked,
        status: 'cancelled',
        version: 2,
      });
      await eventually(() => first.events.length >= 2 && second.events.length >= 2);
      expect(first.events.map((event) => [event.kind, event.appointment.id])).toEqual([
        ['appointment.created', booked.id],
        ['appointment.cancelled', cancelled.id],
      ]);
      expect(second.events).toEqual(first.events);
      unsubscribe();
      expect(hub.subscriberCount).toBe(1);
      await publish();
      await eventually(() => first.events.length === 3);
      expect(second.events).toHaveLength(2);
    } finally {
      await hub.close();
    }
  });

  it('ignores notifications it did not publish, and reads an event announced by id alone', async () => {
    const hub = hubOver(engine);
    const client = recorder();
    await hub.subscribe(client.subscriber);
    try {
      for (const payload of [
        'not json',
        '{"id":1}',
        JSON.stringify({ id: 2, kind: 'appointment.created', appointment: { id: 'x' } }),
      ]) {
        await db.execute(sql`SELECT pg_notify(${liveEventsChannel}, ${payload})`);
      }
      const long = await publish('appointment.updated', appointment({ notes: '\u0001'.repeat(2000) }));
      await eventually(() => client.events.length === 1);
      expect(client.events[0]?.appointment).toEqual(long);
      expect(logged('ignored a notification that is not one of ours')).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('after losing its connection, reconnects and catches up, a smaller id committed late included', async () => {
    const breakable = breakableEngine(engine);
    const hub = hubOver(breakable);
    const client = recorder();
    await hub.subscribe(client.subscriber);
    try {
      // An id taken by a transaction that commits only later, after a bigger one was delivered.
      const [reserved] = await engine.rawTransaction((tx) =>
        tx.query<{ id: string }>("SELECT nextval(pg_get_serial_sequence('live_events', 'id'))::text AS id"),
      );
      const lateId = Number(reserved?.id);
      const before = await publish();
      await eventually(() => client.events.length === 1);

      await breakable.breakConnection();
      const lateAppointment = appointment();
      await db.execute(
        sql`INSERT INTO live_events (id, kind, payload) OVERRIDING SYSTEM VALUE
            VALUES (${lateId}, 'appointment.created', ${JSON.stringify(lateAppointment)}::jsonb)`,
      );
      const during = await publish('appointment.updated');
      expect(logged('lost the LISTEN connection')).toBe(true);

      await eventually(() => client.events.length === 3);
      expect(client.events.map((event) => event.appointment.id)).toEqual([
        before.id,
        lateAppointment.id,
        during.id,
      ]);
      expect(client.events[1]?.id).toBe(lateId);
      expect(logged('listening again; catching up')).toBe(true);
      expect(breakable.isOpen()).toBe(true);

      // And it hears live events again.
      const after = await publish();
      await eventually(() => client.events.length === 4);
      expect(client.events[3]?.appointment.id).toBe(after.id);
      expect(await listenerConnections()).toBe(engine.kind === 'postgres' ? 1 : undefined);
    } finally {
      await hub.close();
    }
  });

  it('keeps retrying with growing delays while the database refuses, and then catches up', async () => {
    const breakable = breakableEngine(engine);
    const hub = hubOver(breakable, { reconnectDelayMs: { first: 50, max: 200 } });
    const client = recorder();
    await hub.subscribe(client.subscriber);
    try {
      breakable.refuseNext(3);
      await breakable.breakConnection();
      const missed = await publish();
      await eventually(() => client.events.length === 1, 10_000);
      expect(client.events[0]?.appointment.id).toBe(missed.id);
      expect(breakable.attempts()).toBe(5);
      expect(logged('reconnect failed')).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('tells subscribers to resync when more was missed than a catch-up delivers', async () => {
    const breakable = breakableEngine(engine);
    const hub = hubOver(breakable, { catchUpLimit: 2 });
    const client = recorder();
    await hub.subscribe(client.subscriber);
    try {
      await breakable.breakConnection();
      for (let index = 0; index < 4; index++) await publish();
      const latest = await latestLiveEventId(db);
      await eventually(() => client.resyncs.length === 1, 10_000);
      expect(client.resyncs).toEqual([latest]);
    } finally {
      await hub.close();
    }
  });

  it('hears a refused PostgreSQL connection as a failed LISTEN, not as a loss to recover from', async () => {
    // Nothing listens on the discard port: the connection is refused at once.
    const unreachable = openPostgres('postgres://postgres@127.0.0.1:9/nowhere', 1);
    try {
      const losses: Error[] = [];
      await expect(
        unreachable.listen(
          liveEventsChannel,
          () => {},
          (error) => losses.push(error),
        ),
      ).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(losses).toEqual([]);
      const hub = hubOver(unreachable);
      await expect(hub.subscribe(recorder().subscriber)).rejects.toThrow();
      await hub.close();
    } finally {
      await unreachable.close();
    }
  });

  it('reports a failed first LISTEN to the subscriber, and the next subscriber tries again', async () => {
    const breakable = breakableEngine(engine);
    const hub = hubOver(breakable);
    breakable.refuseNext(1);
    await expect(hub.subscribe(recorder().subscriber)).rejects.toThrow(/refused/);
    expect(hub.subscriberCount).toBe(0);
    const client = recorder();
    await hub.subscribe(client.subscriber);
    try {
      const booked = await publish();
      await eventually(() => client.events.length === 1);
      expect(client.events[0]?.appointment.id).toBe(booked.id);
    } finally {
      await hub.close();
    }
  });
});
