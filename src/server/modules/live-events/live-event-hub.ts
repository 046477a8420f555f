import type { Logger } from 'pino';
import type { Db, Engine } from '../../db/engine.ts';
import { parseLiveEventNotice } from './parse-live-event.ts';
import { type LiveEvent, type LiveEventNotice, liveEventsChannel } from './publish-live-event.ts';
import { latestLiveEventId, readLiveEvent, readLiveEventsForCatchUp } from './read-live-events.ts';

/** One connected client, as the hub sees it. */
export type LiveEventSubscriber = {
  /** An event, each at most once, in the order this process heard of them. */
  deliver(event: LiveEvent): void;
  /** Events were lost beyond recovery: reload what is shown; `latestId` is where the log stands now. */
  resync(latestId: number): void;
  /** The process is shutting down. */
  close(): void;
};

/** The process's single subscription to live events, shared by every connected client. */
export type LiveEventHub = {
  /** Adds a subscriber, first starting to LISTEN if this is the first; throws if that fails. */
  subscribe(subscriber: LiveEventSubscriber): Promise<() => void>;
  readonly subscriberCount: number;
  /** Ends every subscriber and stops listening. */
  close(): Promise<void>;
};

export type LiveEventHubOptions = {
  engine: Pick<Engine, 'listen'>;
  db: Db;
  log: Logger;
  reconnectDelayMs?: { first: number; max: number };
  /** The most events a catch-up delivers; past it, subscribers are told to resync. */
  catchUpLimit?: number;
};

// How far before the connection was found lost a catch-up still looks, so that an event whose
// transaction started earlier but committed during the outage is not missed (created_at is
// the transaction's start).
const catchUpMarginMs = 30_000;
// Ids delivered lately, to drop what a catch-up's look-back finds again: far more than a busy
// clinic group writes in the look-back margin.
const rememberDeliveredMax = 10_000;

export function createLiveEventHub({
  engine,
  db,
  log,
  reconnectDelayMs = { first: 250, max: 10_000 },
  catchUpLimit = 1_000,
}: LiveEventHubOptions): LiveEventHub {
  const subscribers = new Set<LiveEventSubscriber>();
  const delivered = new Set<number>();
  let state: 'idle' | 'starting' | 'listening' | 'reconnecting' | 'closed' = 'idle';
  // Read after an await: TypeScript would keep the narrowing from before it, but a callback may
  // have moved the state meanwhile.
  const currentState = () => state;
  let starting: Promise<void> | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let nextDelayMs = reconnectDelayMs.first;
  let highestDeliveredId = 0;
  let listeningSinceId = 0;
  let lostAt: number | undefined;
  // Notices are handled one after another so that events reach clients in the order heard,
  // even when one must first be read from the table or a catch-up runs.
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => {
      log.error({ err: error }, 'live events: delivery failed');
    });
  };

  function fanOut(event: LiveEvent): void {
    if (delivered.has(event.id)) return;
    remember(event.id);
    highestDeliveredId = Math.max(highestDeliveredId, event.id);
    for (const subscriber of subscribers) {
      try {
        subscriber.deliver(event);
      } catch (error) {
        log.error({ err: error }, 'live events: a subscriber failed');
      }
    }
  }

  function remember(id: number): void {
    delivered.add(id);
    // A Set iterates in insertion order: the first is the oldest.
    for (const oldest of delivered) {
      if (delivered.size <= rememberDeliveredMax) break;
      delivered.delete(oldest);
    }
  }

  function resyncAll(latestId: number): void {
    highestDeliveredId = Math.max(highestDeliveredId, latestId);
    for (const subscriber of subscribers) subscriber.resync(latestId);
  }

  function onNotification(payload: string): void {
    const notice = parseLiveEventNotice(payload);
    if (!notice) {
      log.warn('live events: ignored a notification that is not one of ours');
      return;
    }
    enqueue(() => deliverNotice(notice));
  }

  async function deliverNotice(notice: LiveEventNotice): Promise<void> {
    if ('appointment' in notice) return fanOut(notice);
    const event = await readLiveEvent(db, notice.id);
    if (event) fanOut(event);
  }

  function onLost(error: Error): void {
    if (state === 'closed') return;
    stopListening = undefined;
    state = 'reconnecting';
    // The earliest unrecovered loss: a loss during the catch-up must not narrow the look-back.
    lostAt ??= Date.now();
    log.warn({ err: error }, 'live events: lost the LISTEN connection; reconnecting');
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    // Jitter, so that every process of a restarted database does not come back in lockstep.
    const delay = nextDelayMs * (0.8 + Math.random() * 0.4);
    nextDelayMs = Math.min(nextDelayMs * 2, reconnectDelayMs.max);
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => void reconnect(), delay);
  }

  async function reconnect(): Promise<void> {
    reconnectTimer = undefined;
    if (state !== 'reconnecting') return;
    try {
      const stop = await engine.listen(liveEventsChannel, onNotification, onLost);
      if (currentState() !== 'reconnecting') {
        await stop();
        return;
      }
      stopListening = stop;
      state = 'listening';
      nextDelayMs = reconnectDelayMs.first;
      log.info('live events: listening again; catching up');
      enqueue(catchUp);
    } catch (error) {
      log.warn({ err: error }, 'live events: reconnect failed');
      if (currentState() === 'reconnecting') scheduleReconnect();
    }
  }

  async function catchUp(): Promise<void> {
    const since = lostAt;
    if (since === undefined) return;
    try {
      const backlog = await readLiveEventsForCatchUp(db, {
        afterId: highestDeliveredId,
        floorId: listeningSinceId,
        lookBackMs: Date.now() - since + catchUpMarginMs,
        limit: catchUpLimit,
      });
      for (const event of backlog.events) fanOut(event);
      if (!backlog.complete) resyncAll(await latestLiveEventId(db));
      if (currentState() === 'listening') lostAt = undefined;
    } catch (error) {
      log.error({ err: error }, 'live events: catch-up failed; asking clients to reload');
      // The database may be unreachable still; the next loss or catch-up will try again.
      resyncAll(highestDeliveredId);
    }
  }

  async function startListening(): Promise<void> {
    state = 'starting';
    let stop: (() => Promise<void>) | undefined;
    try {
      stop = await engine.listen(liveEventsChannel, onNotification, onLost);
      // Listening before reading the newest id: an event committed in between is then both
      // heard and counted, never neither.
      listeningSinceId = await latestLiveEventId(db);
      highestDeliveredId = Math.max(highestDeliveredId, listeningSinceId);
    } catch (error) {
      await stop?.();
      if (currentState() !== 'closed') {
        // Lost while starting, too: the next subscriber starts afresh rather than catch up from nothing.
        clearTimeout(reconnectTimer);
        reconnectTimer = undefined;
        stopListening = undefined;
        lostAt = undefined;
        state = 'idle';
      }
      throw error;
    }
    if (currentState() !== 'starting') {
      // Closed meanwhile, or already lost and reconnecting on its own.
      if (currentState() === 'closed') await stop();
      return;
    }
    stopListening = stop;
    state = 'listening';
  }

  return {
    async subscribe(subscriber) {
      if (state === 'closed') throw new Error('the live event hub is closed');
      if (state === 'idle') starting ??= startListening().finally(() => (starting = undefined));
      if (starting) await starting;
      if (currentState() === 'closed') throw new Error('the live event hub is closed');
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
      };
    },
    get subscriberCount() {
      return subscribers.size;
    },
    async close() {
      if (state === 'closed') return;
      state = 'closed';
      clearTimeout(reconnectTimer);
      const stop = stopListening;
      stopListening = undefined;
      for (const subscriber of subscribers) subscriber.close();
      subscribers.clear();
      await stop?.();
      await starting?.catch(() => {});
      await queue;
    },
  };
}
