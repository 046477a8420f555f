import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setClinicSettings } from '../../../../test/factories/clinic.ts';
import {
  createTestAppointmentType,
  createTestProvider,
  setWorkingHours,
} from '../../../../test/factories/scheduling.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

/** One message of an event stream as a client reads it. */
export type ReceivedEvent = { id: string | undefined; event: string; data: string };

export type EventStreamClient = {
  status: number;
  headers: IncomingHttpHeaders;
  /** The next message matching `accept` (any by default); rejects after `timeoutMs`. */
  next(options?: { timeoutMs?: number; accept?: (event: ReceivedEvent) => boolean }): Promise<ReceivedEvent>;
  /** Every message received so far, in order, skipped ones included. */
  received: ReceivedEvent[];
  /** Comment lines received so far (heartbeats). */
  comments: string[];
  /** Resolves when the stream is over, whoever ended it. */
  ended: Promise<void>;
  /** Hangs up, as a closed browser tab does. */
  close(): void;
};

/**
 * Reads an event stream over a connection of its own and parses it per the WHATWG rules a
 * browser applies. node:http rather than fetch: Node's fetch opens a spare connection after an
 * abort, which the server under test would then wait for when it shuts down.
 */
export async function connectEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<EventStreamClient> {
  const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  const received: ReceivedEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of waiters) waiter();
  };
  let over = false;
  const ended = new Promise<void>((resolve) => {
    response.once('close', () => {
      over = true;
      wake();
      resolve();
    });
  });
  request.on('error', () => {
    // Hanging up ends the request with an error; the stream is over either way.
  });

  let pending = '';
  let message: { id: string | undefined; event: string; data: string[] } = {
    id: undefined,
    event: 'message',
    data: [],
  };
  const takeLine = (line: string) => {
    if (line === '') {
      if (message.data.length > 0) {
        received.push({ id: message.id, event: message.event, data: message.data.join('\n') });
      }
      message = { id: undefined, event: 'message', data: [] };
      return;
    }
    if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') message.id = value;
    else if (field === 'event') message.event = value;
    else if (field === 'data') message.data.push(value);
  };
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r\n|\r|\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) takeLine(line);
    wake();
  });

  let cursor = 0;
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    received,
    comments,
    ended,
    close: () => request.destroy(),
    next({ timeoutMs = 5_000, accept = () => true } = {}) {
      return new Promise<ReceivedEvent>((resolve, reject) => {
        const check = () => {
          while (cursor < received.length) {
            const candidate = received[cursor++];
            if (candidate && accept(candidate)) {
              finish();
              resolve(candidate);
              return;
            }
          }
          if (over) {
            finish();
            reject(new Error('the event stream ended'));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`no matching event within ${timeoutMs} ms; received ${JSON.stringify(received)}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Waits until `condition` holds, polling; for effects that happen after a socket closes. */
export async function eventually(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not become true in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Makes the app reachable over real HTTP (app.inject does not stream) and returns its base URL. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/**
 * A clinic in New York with one provider working every day from 07:00 to 20:00 and one
 * 30-minute appointment type: enough to book through the API.
 */
export async function bookableClinic(ctx: AppContext) {
  await setClinicSettings(ctx, { timeZone: 'America/New_York', country: 'US' });
  const provider = await createTestProvider(ctx);
  await setWorkingHours(
    ctx,
    provider.id,
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '20:00' })),
  );
  const type = await createTestAppointmentType(ctx, { durationMinutes: 30 });
  return { provider, type };
}
