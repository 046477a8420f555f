/**
 * Reading the text/event-stream format (WHATWG HTML, "Server-sent events") from text chunks as
 * they arrive: fetch can send the Authorization header EventSource cannot, so the stream is
 * parsed here instead of by the browser.
 */

export type ServerSentMessage = {
  /** The `id:` of this message, if it had one. */
  id: string | undefined;
  /** `event:`, or "message" when the server named none. */
  event: string;
  /** The `data:` lines joined by LF. */
  data: string;
};

export type EventStreamParser = {
  /** Feeds the next piece of text; a line may be split across pieces. */
  push(chunk: string): void;
};

/** A parser that calls `onMessage` for every complete message (the blank line after it). */
export function createEventStreamParser(onMessage: (message: ServerSentMessage) => void): EventStreamParser {
  let buffer = '';
  // A chunk may end between the CR and LF of one CRLF: remember to drop that LF.
  let skipLeadingLineFeed = false;
  let id: string | undefined;
  let event = '';
  let data: string[] = [];
  let hasData = false;

  function dispatch() {
    if (hasData) onMessage({ id, event: event || 'message', data: data.join('\n') });
    id = undefined;
    event = '';
    data = [];
    hasData = false;
  }

  function line(text: string) {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return; // a comment, such as the heartbeat
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      data.push(value);
      hasData = true;
    } else if (field === 'event') {
      event = value;
    } else if (field === 'id' && !value.includes('\u0000')) {
      id = value;
    }
  }

  return {
    push(chunk) {
      buffer += chunk;
      if (skipLeadingLineFeed && buffer.startsWith('\n')) buffer = buffer.slice(1);
      skipLeadingLineFeed = false;
      let start = 0;
      for (let index = 0; index < buffer.length; index++) {
        const character = buffer[index];
        if (character !== '\n' && character !== '\r') continue;
        line(buffer.slice(start, index));
        if (character === '\r') {
          if (index + 1 === buffer.length) skipLeadingLineFeed = true;
          else if (buffer[index + 1] === '\n') index++;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}
