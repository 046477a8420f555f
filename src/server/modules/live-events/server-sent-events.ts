/**
 * The text/event-stream format (WHATWG HTML, "Server-sent events"): fields `name: value`, one per
 * line, and a blank line ending each message. A line that starts with a colon is a comment.
 */

export type ServerSentEvent = { id?: string | number; event?: string; data: string };

// Any of CR, LF or CRLF ends a line in an event stream, so each piece of data goes on its own
// `data:` line; the client joins them back with LF.
const lineBreak = /\r\n|\r|\n/;

export function eventFrame({ id, event, data }: ServerSentEvent): string {
  let frame = '';
  if (id !== undefined) frame += `id: ${singleLine(String(id))}\n`;
  if (event !== undefined) frame += `event: ${singleLine(event)}\n`;
  for (const line of data.split(lineBreak)) frame += `data: ${line}\n`;
  return `${frame}\n`;
}

export function commentFrame(text: string): string {
  return text
    .split(lineBreak)
    .map((line) => `: ${line}\n`)
    .join('')
    .concat('\n');
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]/g, ' ');
}

/**
 * Whether an Accept header asks for an event stream by name. A stream never ends, so a client
 * that did not ask for one (a prefetch, a crawler, a tool that accepts anything) is refused
 * rather than handed a connection that stays open. EventSource always asks for it.
 */
export function acceptsEventStream(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [mediaType, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const refused = parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter));
    return mediaType === 'text/event-stream' && !refused;
  });
}
