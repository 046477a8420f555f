import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { authHeader, logInAs } from '../../../../test/auth.ts';
import { createTestPatient } from '../../../../test/factories/patients.ts';
import { liveEvents } from '../../db/schema.ts';
import {
  bookableClinic,
  connectEventStream,
  eventually,
  listenOnLoopback,
  type ReceivedEvent,
} from './live-events-test-support.ts';

// Monday 2 March 2026, 07:00 in New York; every booking below is later that month.
let clock = new Date('2026-03-02T12:00:00Z');
const { app, ctx } = await createTestApp({}, { now: () => clock });
const baseUrl = await listenOnLoopback(app);
const staff = await authHeader(app, 'staff');
const { provider, type } = await bookableClinic(ctx);

const eventsUrl = `${baseUrl}/api/v1/events`;
const connect = (headers: Record<string, string> = {}) =>
  connectEventStream(eventsUrl, { ...staff, ...headers });

async function book(start: string, extra: Record<string, unknown> = {}) {
  const patient = await createTestPatient(ctx);
  return app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: staff,
    payload: { patientId: patient.id, providerId: provider.id, appointmentTypeId: type.id, start, ...extra },
  });
}

function appointmentOf(event: ReceivedEvent) {
  return JSON.parse(event.data) as { id: string; status: string; version: number; start: string };
}

describe('GET /api/v1/events', () => {
  it('streams created, updated and cancelled appointments to a staff client as they commit', async () => {
    const client = await connect();
    try {
      expect(client.status).toBe(200);
      expect(client.headers).toMatchObject({
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
        'x-request-id': expect.any(String),
      });

      const booked = await book('2026-03-03T10:00:00-05:00');
      expect(booked.statusCode).toBe(201);
      const created = await client.next();
      expect(created.event).toBe('appointment.created');
      expect(created.id).toMatch(/^\d+$/);
      expect(JSON.parse(created.data)).toEqual(booked.json());

      const moved = await app.inject({
        method: 'PATCH',
        url: `/api/v1/appointments/${booked.json().id}`,
        headers: staff,
        payload: { start: '2026-03-03T11:00:00-05:00' },
      });
      expect(moved.statusCode).toBe(200);
      const updated = await client.next();
      expect(updated.event).toBe('appointment.updated');
      expect(appointmentOf(updated)).toMatchObject({
        id: booked.json().id,
        version: 2,
        start: moved.json().start,
      });

      const cancel = await app.inject({
        method: 'POST',
        url: `/api/v1/appointments/${booked.json().id}/cancel`,
        headers: staff,
        payload: { reason: 'Called in sick' },
      });
      expect(cancel.statusCode).toBe(200);
      const cancelled = await client.next();
      expect(cancelled.event).toBe('appointment.cancelled');
      expect(appointmentOf(cancelled)).toMatchObject({ id: booked.json().id, status: 'cancelled' });
      expect(Number(updated.id)).toBeGreaterThan(Number(created.id));
      expect(Number(cancelled.id)).toBeGreaterThan(Number(updated.id));
    } finally {
      client.close();
    }
  });

  it('replays what a client missed after its Last-Event-ID, then goes on live, each event once', async () => {
    const first = await connect();
    const booked = await book('2026-03-04T10:00:00-05:00');
    const created = await first.next();
    first.close();
    expect(appointmentOf(created).id).toBe(booked.json().id);

    // While nobody listens.
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${booked.json().id}`,
      headers: staff,
      payload: { notes: 'Bring X-rays' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${booked.json().id}/cancel`,
      headers: staff,
      payload: {},
    });

    const again = await connect({ 'last-event-id': created.id ?? '' });
    try {
      expect((await again.next()).event).toBe('appointment.updated');
      expect((await again.next()).event).toBe('appointment.cancelled');
      const later = await book('2026-03-04T13:00:00-05:00');
      const live = await again.next();
      expect(live.event).toBe('appointment.created');
      expect(appointmentOf(live).id).toBe(later.json().id);
      const ids = again.received.map((event) => event.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      again.close();
    }
  });

  it('sends nothing for a booking that was rolled back', async () => {
    const client = await connect();
    try {
      const [before] = await ctx.db.select({ n: count() }).from(liveEvents);
      const taken = await book('2026-03-05T09:00:00-05:00');
      expect(taken.statusCode).toBe(201);
      const clash = await book('2026-03-05T09:15:00-05:00');
      expect(clash.statusCode).toBe(409);
      const next = await book('2026-03-05T12:00:00-05:00');
      expect(next.statusCode).toBe(201);

      expect(appointmentOf(await client.next()).id).toBe(taken.json().id);
      expect(appointmentOf(await client.next()).id).toBe(next.json().id);
      expect(client.received).toHaveLength(2);
      const [after] = await ctx.db.select({ n: count() }).from(liveEvents);
      expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(2);
    } finally {
      client.close();
    }
  });

  it('delivers an event too big for NOTIFY by reading it from the table', async () => {
    const client = await connect();
    try {
      // JSON writes each control character as six bytes: 12 kB, past NOTIFY's 8000-byte limit.
      const notes = '\u0001'.repeat(2000);
      const booked = await book('2026-03-06T09:00:00-05:00', { notes });
      expect(booked.statusCode).toBe(201);
      const created = await client.next();
      expect(appointmentOf(created)).toMatchObject({ id: booked.json().id });
      expect(JSON.parse(created.data).notes).toBe(notes);
    } finally {
      client.close();
    }
  });

  it('tells a client that missed too much, or too long ago, to reload instead of replaying', async () => {
    const booked = await book('2026-03-09T09:00:00-04:00');
    expect(booked.statusCode).toBe(201);
    const [row] = await ctx.db
      .select({ id: liveEvents.id })
      .from(liveEvents)
      .where(sql`${liveEvents.payload}->>'id' = ${booked.json().id}`);
    const oldest = row?.id ?? 0;
    await ctx.db
      .update(liveEvents)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(liveEvents.id, oldest));
    const client = await connect({ 'last-event-id': String(oldest - 1) });
    try {
      const resync = await client.next();
      expect(resync.event).toBe('resync');
      expect(Number(resync.id)).toBeGreaterThanOrEqual(oldest);
    } finally {
      client.close();
    }
  });

  it('refuses anonymous callers (401), patients (403) and a Last-Event-ID that is no event id (422)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/events' })).statusCode).toBe(401);
    const patient = await logInAs(app, ctx, 'patient');
    const forbidden = await app.inject({ method: 'GET', url: '/api/v1/events', headers: patient.headers });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('forbidden');
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/events',
      headers: { ...staff, 'last-event-id': 'yesterday' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'headers.last-event-id' }],
    });
  });

  it('answers 406 to a client that does not ask for an event stream, rather than hold it open', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/event-stream;q=0']) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/events',
        headers: { ...staff, ...(accept ? { accept } : {}) },
      });
      expect(response.statusCode, accept).toBe(406);
      expect(response.json().code).toBe('not_acceptable');
    }
    expect(ctx.liveEvents.subscriberCount).toBe(0);
  });

  it('lets go of clients that disconnect: no subscriber, timer or listener is left behind', async () => {
    await eventually(() => ctx.liveEvents.subscriberCount === 0);
    const clients = await Promise.all([connect(), connect(), connect()]);
    expect(ctx.liveEvents.subscriberCount).toBe(3);
    for (const client of clients) client.close();
    await eventually(() => ctx.liveEvents.subscriberCount === 0);
    // The process still hears events for the next client.
    const next = await connect();
    try {
      const booked = await book('2026-03-10T09:00:00-04:00');
      expect(appointmentOf(await next.next()).id).toBe(booked.json().id);
    } finally {
      next.close();
    }
    await eventually(() => ctx.liveEvents.subscriberCount === 0);
  });

  it('ends the stream when the access token that opened it expires', async () => {
    const saved = clock;
    try {
      const session = await logInAs(app, ctx, 'staff');
      // Fifteen-minute tokens: the stream opens with a quarter of a second left.
      clock = new Date(clock.getTime() + 15 * 60_000 - 250);
      const client = await connectEventStream(eventsUrl, session.headers);
      expect(client.status).toBe(200);
      await client.ended;
      await eventually(() => ctx.liveEvents.subscriberCount === 0);
    } finally {
      clock = saved;
    }
  });

  it('stops at once for a user deactivated while their stream is open: no event reaches them', async () => {
    const admin = await logInAs(app, ctx, 'admin');
    const leaving = await logInAs(app, ctx, 'staff');
    const client = await connectEventStream(eventsUrl, leaving.headers);
    const watcher = await connect();
    try {
      expect(client.status).toBe(200);
      const deactivated = await app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${leaving.user.id}`,
        headers: admin.headers,
        payload: { active: false },
      });
      expect(deactivated.statusCode).toBe(200);
      const booked = await book('2026-03-11T10:00:00-04:00');
      expect(booked.statusCode).toBe(201);
      // A colleague still active hears it, so the event was delivered to the process.
      expect(appointmentOf(await watcher.next()).id).toBe(booked.json().id);
      await client.ended;
      expect(client.received.filter((event) => event.event.startsWith('appointment.'))).toEqual([]);
    } finally {
      client.close();
      watcher.close();
    }
  });

  it('is documented in the OpenAPI document as a text/event-stream', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = document.paths['/api/v1/events'].get;
    expect(operation.tags).toEqual(['scheduling']);
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/event-stream']);
    expect(operation.parameters.map((parameter: { name: string }) => parameter.name)).toContain(
      'last-event-id',
    );
  });
});
