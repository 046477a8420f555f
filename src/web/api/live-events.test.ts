import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The session modules hold the token and refresh it; here they are a token that can run out.
const session = vi.hoisted(() => ({ token: 'first-token' as string | null, refreshes: 0 }));
vi.mock('./session-store.ts', () => ({ getAccessToken: () => session.token }));
vi.mock('./session-lifecycle.ts', () => ({
  refreshSession: async () => {
    session.refreshes += 1;
    session.token = `refreshed-${session.refreshes}`;
    return true;
  },
}));

const { subscribeToLiveEvents } = await import('./live-events.ts');

type Call = { headers: Record<string, string> };

/** A fetch answering each call with the next scripted stream (text chunks, then its end). */
function scriptedFetch(streams: (string[] | 'unauthorized')[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit & { signal: AbortSignal }) => {
    calls.push({ headers: init.headers as Record<string, string> });
    const script = streams.shift();
    if (script === 'unauthorized') return new Response(null, { status: 401 });
    if (!script) return new Promise<Response>(() => {}); // no more scripts: stay connecting
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of script) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

beforeEach(() => {
  session.token = 'first-token';
  session.refreshes = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the live events client', () => {
  it('asks for an event stream with the bearer token and hands on each event', async () => {
    const calls = scriptedFetch([
      [': connected\n\n', 'id: 4\nevent: appointment.created\ndata: {"id":"a"}\n\n'],
    ]);
    const events: string[] = [];
    const stop = subscribeToLiveEvents({
      onEvent: (message) => events.push(message.event),
      onResync: () => {},
    });
    await vi.waitFor(() => expect(events).toEqual(['appointment.created']));
    stop();
    expect(calls[0]?.headers).toMatchObject({
      accept: 'text/event-stream',
      authorization: 'Bearer first-token',
    });
    expect(calls[0]?.headers).not.toHaveProperty('last-event-id');
  });

  it('comes back after the stream ends with a fresh token and the last event id, and obeys resync', async () => {
    const calls = scriptedFetch([
      ['id: 7\nevent: appointment.updated\ndata: {}\n\n'],
      'unauthorized',
      ['id: 9\nevent: resync\ndata: {}\n\n'],
    ]);
    let resyncs = 0;
    const stop = subscribeToLiveEvents({ onEvent: () => {}, onResync: () => (resyncs += 1) });
    await vi.waitFor(() => expect(resyncs).toBe(1), { timeout: 10_000 });
    await vi.waitFor(() => expect(calls).toHaveLength(4), { timeout: 10_000 });
    stop();
    expect(calls[1]?.headers).toMatchObject({ 'last-event-id': '7', authorization: 'Bearer refreshed-1' });
    // Refused with 401: refreshed again, and the same id asked for.
    expect(calls[2]?.headers).toMatchObject({ 'last-event-id': '7', authorization: 'Bearer refreshed-2' });
    expect(calls[3]?.headers).toMatchObject({ 'last-event-id': '9' });
  });

  it('refreshes first when there is no token, and shares one connection among listeners', async () => {
    session.token = null;
    const calls = scriptedFetch([['id: 1\nevent: appointment.cancelled\ndata: {}\n\n']]);
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = subscribeToLiveEvents({
      onEvent: (message) => first.push(message.event),
      onResync: () => {},
    });
    const stopSecond = subscribeToLiveEvents({
      onEvent: (message) => second.push(message.event),
      onResync: () => {},
    });
    await vi.waitFor(() => expect(second).toEqual(['appointment.cancelled']));
    expect(first).toEqual(['appointment.cancelled']);
    expect(calls[0]?.headers).toMatchObject({ authorization: 'Bearer refreshed-1' });
    stopFirst();
    stopSecond();
    const made = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(calls).toHaveLength(made);
  });
});
