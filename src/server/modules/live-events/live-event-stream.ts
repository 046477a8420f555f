import { PassThrough, type Readable } from 'node:stream';
import type { Db } from '../../db/engine.ts';
import type { LiveEventHub } from './live-event-hub.ts';
import type { LiveEvent } from './publish-live-event.ts';
import { latestLiveEventId, readLiveEventsAfter } from './read-live-events.ts';
import { commentFrame, eventFrame } from './server-sent-events.ts';

export type LiveEventStreamInput = {
  /** The id of the last event the client saw (the Last-Event-ID header), to replay what followed. */
  lastEventId: number | undefined;
  /** The stream ends then — when the access token that opened it expires — and the client reconnects. */
  endAt: Date | undefined;
  /**
   * Whether the caller may still read: asked before each live event and at each heartbeat,
   * so that a user deactivated or logged out (maybe through another server process) hears
   * nothing more and is cut off.
   */
  stillAuthorized?: () => Promise<boolean>;
};

export type LiveEventStreamOptions = {
  /** Proxies and load balancers drop a connection that stays silent for long (often 30–60 s). */
  heartbeatMs: number;
  /** A client that stops reading is cut off rather than buffered without end. */
  maxBufferedBytes: number;
};

export const defaultStreamOptions: LiveEventStreamOptions = {
  heartbeatMs: 25_000,
  maxBufferedBytes: 8 * 1024 * 1024,
};

// The longest delay setTimeout keeps; a longer one fires at once.
const maxTimerMs = 2 ** 31 - 1;

export function liveEventFrame(event: LiveEvent): string {
  return eventFrame({ id: event.id, event: event.kind, data: JSON.stringify(event.appointment) });
}

/** Tells the client to reload what it shows: events were missed beyond what can be replayed. */
export function resyncFrame(latestId: number): string {
  return eventFrame({ id: latestId, event: 'resync', data: '{}' });
}

/**
 * An event stream for one client: first what it missed since its Last-Event-ID (from the
 * live_events table), then what the process hears live. It subscribes before reading the
 * backlog and holds live events back until the backlog is written, so that nothing falls in
 * between; an event found in both is sent once. Ending or destroying the stream (the client
 * went away) unsubscribes it.
 */
export async function openLiveEventStream(
  ctx: { db: Db; liveEvents: LiveEventHub; now: () => Date },
  { lastEventId, endAt, stillAuthorized = async () => true }: LiveEventStreamInput,
  { heartbeatMs, maxBufferedBytes }: LiveEventStreamOptions = defaultStreamOptions,
): Promise<Readable> {
  const stream = new PassThrough();
  const open = () => !stream.destroyed && !stream.writableEnded;
  const replayedIds = new Set<number>();
  let heldBack: LiveEvent[] | undefined = lastEventId === undefined ? undefined : [];

  const write = (text: string) => {
    if (!open()) return;
    stream.write(text);
    if (heldBack === undefined && stream.writableLength + stream.readableLength > maxBufferedBytes) {
      stream.destroy();
    }
  };
  const send = (event: LiveEvent) => {
    if (!replayedIds.has(event.id)) write(liveEventFrame(event));
  };
  // Checks run one after another, so events leave in the order they came.
  let checked = Promise.resolve();
  const whileAuthorized = (then: () => void) => {
    checked = checked.then(async () => {
      if (!open()) return;
      let allowed = false;
      try {
        allowed = await stillAuthorized();
      } catch {
        // Cannot tell (the database is away): the stream ends; the client reconnects and is checked anew.
      }
      if (allowed) then();
      else stream.end();
    });
  };

  const unsubscribe = await ctx.liveEvents.subscribe({
    deliver: (event) => (heldBack ? heldBack.push(event) : whileAuthorized(() => send(event))),
    resync: (latestId) => write(resyncFrame(latestId)),
    close: () => stream.end(),
  });
  const heartbeat = setInterval(() => whileAuthorized(() => write(commentFrame('heartbeat'))), heartbeatMs);
  const expiry =
    endAt === undefined
      ? undefined
      : setTimeout(
          () => stream.end(),
          Math.min(maxTimerMs, Math.max(0, endAt.getTime() - ctx.now().getTime())),
        );
  stream.on('close', () => {
    clearInterval(heartbeat);
    clearTimeout(expiry);
    unsubscribe();
  });
  // Something to send at once, so the response head leaves now rather than with the first event.
  write(commentFrame('connected'));

  if (lastEventId !== undefined) {
    try {
      const backlog = await readLiveEventsAfter(ctx.db, lastEventId);
      if (backlog.complete) {
        for (const event of backlog.events) {
          write(liveEventFrame(event));
          replayedIds.add(event.id);
        }
      } else {
        write(resyncFrame(await latestLiveEventId(ctx.db)));
      }
    } catch (error) {
      stream.destroy();
      throw error;
    }
    const held = heldBack ?? [];
    heldBack = undefined;
    for (const event of held) whileAuthorized(() => send(event));
  }
  return stream;
}
