import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessTokenExpiry } from './access-token-expiry.ts';
import { acceptsEventStream, commentFrame, eventFrame } from './server-sent-events.ts';

/** How a browser reads one message back (WHATWG HTML, "Server-sent events", interpretation). */
function readBack(frame: string): { id?: string; event?: string; data: string } {
  const message: { id?: string; event?: string; data: string[] } = { data: [] };
  for (const line of frame.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') message.id = value;
    if (field === 'event') message.event = value;
    if (field === 'data') message.data.push(value);
  }
  return { ...message, data: message.data.join('\n') };
}

describe('event stream frames', () => {
  it('write id, event and data lines ending in a blank line', () => {
    expect(eventFrame({ id: 42, event: 'appointment.created', data: '{"id":"a"}' })).toBe(
      'id: 42\nevent: appointment.created\ndata: {"id":"a"}\n\n',
    );
    expect(commentFrame('heartbeat')).toBe(': heartbeat\n\n');
  });

  it('carry any data back unchanged, line breaks included (normalised to LF), as one message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (data, event) => {
        const frame = eventFrame({ id: 7, event, data });
        expect(frame.endsWith('\n\n')).toBe(true);
        expect(frame.slice(0, -2)).not.toMatch(/\n\n|\r/);
        expect(readBack(frame).data).toBe(data.replace(/\r\n|\r/g, '\n'));
        expect(readBack(frame).id).toBe('7');
      }),
    );
  });
});

describe('acceptsEventStream', () => {
  it('is true only when text/event-stream is asked for by name and not refused with q=0', () => {
    for (const accept of [
      'text/event-stream',
      'Text/Event-Stream; charset=utf-8',
      'application/json, text/event-stream;q=0.5',
    ]) {
      expect(acceptsEventStream(accept), accept).toBe(true);
    }
    for (const accept of [
      undefined,
      '',
      '*/*',
      'text/*',
      'text/event-stream;q=0',
      'text/event-stream; q=0.000',
    ]) {
      expect(acceptsEventStream(accept), accept).toBe(false);
    }
  });
});

describe('accessTokenExpiry', () => {
  it('reads exp from a bearer token, and nothing from anything else', () => {
    const token = ['{"alg":"HS256"}', '{"sub":"u","exp":1772452800}']
      .map((part) => Buffer.from(part).toString('base64url'))
      .concat('signature')
      .join('.');
    expect(accessTokenExpiry(`Bearer ${token}`)).toEqual(new Date('2026-03-02T12:00:00Z'));
    expect(accessTokenExpiry(undefined)).toBeUndefined();
    expect(accessTokenExpiry('Bearer not-a-jwt')).toBeUndefined();
  });
});
