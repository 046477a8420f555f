import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.ts';
import { createLiveEventHub } from './live-event-hub.ts';
import { openLiveEventStream } from './live-event-stream.ts';
import { eventually } from './live-events-test-support.ts';
import { publishLiveEvent } from './publish-live-event.ts';
import { latestLiveEventId } from './read-live-events.ts';

const database = await createTestDatabase();
const { db } = database.engine;
const liveEvents = createLiveEventHub({ engine: database.engine, db, log: pino({ level: 'silent' }) });
afterAll(async () => {
  await liveEvents.close();
  await database.drop();
});
const ctx = { db, liveEvents, now: () => new Date() };

async function publish(notes: string | null = null): Promise<string> {
  const at = new Date().toISOString();
  const id = randomUUID();
  await db.transaction((tx) =>
    publishLiveEvent(tx, 'appointment.created', {
      id,
      patientId: randomUUID(),
      providerId: randomUUID(),
      operatoryId: null,
      appointmentTypeId: randomUUID(),
      start: at,
      end: at,
      status: 'scheduled',
      notes,
      cancelReason: null,
      seriesId: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }),
  );
  return id;
}

function collect(stream: Readable): { text: () => string } {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    text += chunk;
  });
  return { text: () => text };
}

describe('an event stream', () => {
  it('opens with a comment, then sends a heartbeat comment at each interval', async () => {
    const stream = await openLiveEventStream(
      ctx,
      { lastEventId: undefined, endAt: undefined },
      { heartbeatMs: 30, maxBufferedBytes: 1_000_000 },
    );
    const output = collect(stream);
    await eventually(() => output.text().split(': heartbeat\n\n').length > 3);
    expect(output.text().startsWith(': connected\n\n')).toBe(true);
    stream.destroy();
    await eventually(() => liveEvents.subscriberCount === 0);
  });

  it('replays after the Last-Event-ID before anything live, and sends each event once', async () => {
    const since = await latestLiveEventId(db);
    const missed = [await publish(), await publish()];
    const stream = await openLiveEventStream(ctx, { lastEventId: since, endAt: undefined });
    const output = collect(stream);
    const live = await publish();
    await eventually(() => output.text().includes(live));
    const order = [...missed, live].map((id) => output.text().indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const id of [...missed, live]) expect(output.text().split(id)).toHaveLength(2);
    stream.destroy();
    await eventually(() => liveEvents.subscriberCount === 0);
  });

  it('cuts off a client that stops reading rather than buffer for it without end', async () => {
    const stream = await openLiveEventStream(
      ctx,
      { lastEventId: undefined, endAt: undefined },
      { heartbeatMs: 60_000, maxBufferedBytes: 4_000 },
    );
    // Nobody reads: each event of about 3 kB stays buffered.
    for (let index = 0; index < 3; index++) await publish('x'.repeat(2_500));
    await eventually(() => stream.destroyed);
    await eventually(() => liveEvents.subscriberCount === 0);
  });

  it('ends with the access token that opened it', async () => {
    const stream = await openLiveEventStream(ctx, {
      lastEventId: undefined,
      endAt: new Date(Date.now() + 50),
    });
    collect(stream);
    await new Promise((resolve) => stream.once('end', resolve));
    await eventually(() => liveEvents.subscriberCount === 0);
  });
});
