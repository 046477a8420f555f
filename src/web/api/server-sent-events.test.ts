import { describe, expect, it } from 'vitest';
import { createEventStreamParser, type ServerSentMessage } from './server-sent-events.ts';

function parse(chunks: string[]): ServerSentMessage[] {
  const messages: ServerSentMessage[] = [];
  const parser = createEventStreamParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  return messages;
}

describe('the event stream parser', () => {
  it('reads id, event and data, and skips comments such as the heartbeat', () => {
    expect(
      parse([': connected\n\nid: 7\nevent: appointment.created\ndata: {"id":"a"}\n\n: heartbeat\n\n']),
    ).toEqual([{ id: '7', event: 'appointment.created', data: '{"id":"a"}' }]);
  });

  it('joins data lines with LF and names an unnamed event "message"', () => {
    expect(parse(['data: one\ndata:two\n\n'])).toEqual([
      { id: undefined, event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('puts together lines split across chunks, CRLF split between its two characters too', () => {
    const text = 'id: 12\r\nevent: resync\r\ndata: {}\r\n\r\nid: 13\revent: appointment.updated\rdata: x\r\r';
    const whole = parse([text]);
    expect(whole).toEqual([
      { id: '12', event: 'resync', data: '{}' },
      { id: '13', event: 'appointment.updated', data: 'x' },
    ]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(parse([...text])).toEqual(whole);
  });

  it('dispatches nothing for a message without data or before its blank line', () => {
    expect(parse(['id: 3\nevent: appointment.created\n\n', 'data: pending'])).toEqual([]);
  });
});
