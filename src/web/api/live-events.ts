import { createEventStreamParser, type ServerSentMessage } from './server-sent-events.ts';
import { refreshSession } from './session-lifecycle.ts';
import { getAccessToken } from './session-store.ts';

/**
 * Live appointment changes from GET /api/v1/events (Server-Sent Events), read with fetch
 * because EventSource cannot send the bearer token. One connection serves every listener in
 * the tab; it opens with the first and closes with the last.
 */
export type LiveEventListener = {
  /** `appointment.created|updated|cancelled`, with the appointment as JSON text. */
  onEvent(message: ServerSentMessage): void;
  /** Events were (or may have been) missed: reload everything shown. */
  onResync(): void;
};

const eventsPath = '/api/v1/events';
const firstRetryMs = 500;
const maxRetryMs = 15_000;
const quickEndMs = 2_000;

const listeners = new Set<LiveEventListener>();
let connection: AbortController | null = null;

export function subscribeToLiveEvents(listener: LiveEventListener): () => void {
  listeners.add(listener);
  if (!connection) {
    connection = new AbortController();
    void keepConnected(connection.signal);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      connection?.abort();
      connection = null;
    }
  };
}

type StreamOutcome = 'ended' | 'unauthorized' | 'failed';

async function keepConnected(signal: AbortSignal): Promise<void> {
  let lastEventId: string | undefined;
  let retryMs = firstRetryMs;
  let connectedBefore = false;
  while (!signal.aborted) {
    const token = getAccessToken() ?? ((await refreshSession()) ? getAccessToken() : null);
    let outcome: StreamOutcome = 'failed';
    let openedAt = performance.now();
    if (token && !signal.aborted) {
      outcome = await readStream(token, lastEventId, signal, {
        opened() {
          openedAt = performance.now();
          // Without an event id the server cannot replay what happened while we were away.
          if (connectedBefore && lastEventId === undefined) notify((listener) => listener.onResync());
          connectedBefore = true;
          retryMs = firstRetryMs;
        },
        message(message) {
          if (message.id !== undefined) lastEventId = message.id;
          if (message.event === 'resync') notify((listener) => listener.onResync());
          else notify((listener) => listener.onEvent(message));
        },
      });
    }
    if (signal.aborted) return;
    // The stream ends when its token expires: come straight back with a fresh one. A stream
    // that ends as soon as it opens had a token about to lapse: refresh, and do not spin.
    const endedAtOnce = outcome === 'ended' && performance.now() - openedAt < quickEndMs;
    if (outcome === 'unauthorized' || endedAtOnce) await refreshSession();
    if (outcome !== 'ended' || endedAtOnce) {
      await sleep(retryMs * (0.75 + Math.random() / 2), signal);
      retryMs = Math.min(maxRetryMs, retryMs * 2);
    }
  }
}

function notify(call: (listener: LiveEventListener) => void): void {
  for (const listener of [...listeners]) call(listener);
}

async function readStream(
  token: string,
  lastEventId: string | undefined,
  signal: AbortSignal,
  on: { opened(): void; message(message: ServerSentMessage): void },
): Promise<StreamOutcome> {
  try {
    const response = await fetch(eventsPath, {
      headers: {
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
        ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
      },
      cache: 'no-store',
      credentials: 'same-origin',
      signal,
    });
    if (response.status === 401) return 'unauthorized';
    if (!response.ok || !response.body) return 'failed';
    on.opened();
    const parser = createEventStreamParser(on.message);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      parser.push(value);
    }
  } catch {
    return 'failed';
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
