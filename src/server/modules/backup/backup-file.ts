import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, link, open, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';

/**
 * A backup is JSON lines: this header, then per table an `@table` line, one line per row (the
 * row as PostgreSQL's own JSON, never re-encoded by JavaScript, so numbers and timestamps keep
 * their precision) and an `@end` line with the row count, then an `@complete` trailer. The
 * markers start with `@`, which no column name does, so a row is never mistaken for one. A file without the
 * trailer was cut short and is refused. Gzipped when the name ends in `.gz`.
 */
export const BackupHeader = z.object({
  format: z.literal('topsmile-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.object({ id: z.string(), checksum: z.string() })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableStart = z.object({ '@table': z.string(), columns: z.array(z.string()) });
export const TableEnd = z.object({ '@end': z.string(), rows: z.number().int().min(0) });
export const BackupTrailer = z.object({
  '@complete': z.literal(true),
  tables: z.record(z.string(), z.number()),
});

export class BackupFileError extends Error {}

/** Lines appended with back-pressure; `commit` makes the file appear only once it is whole and on disk. */
export type BackupWriter = {
  line(text: string): Promise<void>;
  commit(): Promise<void>;
  abandon(): Promise<void>;
};

export async function createBackupWriter(file: string): Promise<BackupWriter> {
  const partial = `${file}.partial`;
  if (
    await access(file).then(
      () => true,
      () => false,
    )
  )
    throw new BackupFileError(`${file} already exists.`);
  // 'wx': an existing backup is never overwritten, and two runs never write one file.
  const output = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  await once(output, 'open');
  const gzip = file.endsWith('.gz') ? createGzip() : undefined;
  if (gzip) gzip.pipe(output);
  const sink: Writable = gzip ?? output;
  return {
    async line(text) {
      if (!sink.write(`${text}\n`)) await once(sink, 'drain');
    },
    async commit() {
      sink.end();
      await finished(output);
      // On disk before it takes its name: a crash never leaves a file that looks whole but is not.
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      // link, unlike rename, fails rather than replace a file that appeared meanwhile.
      await link(partial, file);
      await rm(partial, { force: true });
    },
    async abandon() {
      sink.destroy();
      output.destroy();
      await rm(partial, { force: true });
    },
  };
}

export function readBackupLines(file: string): AsyncIterable<string> {
  const input: Readable = createReadStream(file);
  const text = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  return createInterface({ input: text, crlfDelay: Number.POSITIVE_INFINITY });
}

export function parseLine<T>(schema: z.ZodType<T>, text: string | undefined, what: string): T {
  if (text === undefined) throw new BackupFileError(`The backup ends before ${what}: it was cut short.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError(`The backup has a damaged line where ${what} should be.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupFileError(`The backup has something else where ${what} should be.`);
  return parsed.data;
}
