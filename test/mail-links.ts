import type { ParsedMail } from 'mailparser';
import type { SmtpSink } from './smtp-sink.ts';

/** The token of the first link to `page` in a mail sent to `to`. */
export async function mailedToken(sink: SmtpSink, to: string, page: string): Promise<string> {
  const mail = await sink.waitFor(
    (message) =>
      recipients(message).includes(to.toLowerCase()) && (message.text ?? '').includes(`/${page}?token=`),
  );
  const match = new RegExp(`/${page}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no ${page} link in the mail`);
  return decodeURIComponent(match[1]);
}

export function recipients(message: ParsedMail): string[] {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? '').toLowerCase()));
}
