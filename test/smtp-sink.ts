import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = {
  /** `smtp://127.0.0.1:<port>`: give it as `smtpUrl` to the app under test. */
  url: string;
  /** Every message received so far, in arrival order. */
  messages: ParsedMail[];
  /** The first message, received already or later, that matches; rejects after the timeout. */
  waitFor(predicate: (message: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
};

/** A real SMTP server on a free local port that keeps what it receives, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const listeners = new Set<(message: ParsedMail) => void>();
  const server = new SMTPServer({
    authOptional: true,
    // Plain text on loopback: no certificate to make, and credentials in the URL still work.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    // A pooled client may still hold an idle connection when a test file ends; do not wait
    // the default 30 s for it before closing.
    closeTimeout: 100,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anyone' });
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (message) => {
          messages.push(message);
          for (const listener of listeners) listener(message);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(predicate, timeoutMs = 5_000) {
      const already = messages.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const listener = (message: ParsedMail) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(message);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received: ${subjects()})`),
          );
        }, timeoutMs);
        listeners.add(listener);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function subjects(): string {
    return messages.map((message) => JSON.stringify(message.subject ?? '')).join(', ') || 'none';
  }
}

/** The addresses of a parsed header (`to`, `cc`…), lower-cased, for predicates. */
export function addressesOf(header: ParsedMail['to']): string[] {
  const groups = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return groups.flatMap((group) =>
    group.value.flatMap((entry) => (entry.address ? [entry.address.toLowerCase()] : [])),
  );
}
