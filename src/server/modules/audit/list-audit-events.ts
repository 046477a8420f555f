import {
  type AuditEventPage,
  decodeAuditCursor,
  encodeAuditCursor,
  type ListAuditEventsQuery,
} from '../../../shared/audit.ts';
import type { Db } from '../../db/engine.ts';
import { findAuditEvents } from './find-audit-events.ts';

export type ListAuditEventsInput = ListAuditEventsQuery;

/** Newest first, by seq, so that pages stay stable while new events keep arriving. */
export async function listAuditEvents(db: Db, input: ListAuditEventsInput): Promise<AuditEventPage> {
  // The query schema has already refused cursors that do not decode.
  const beforeSeq = input.cursor === undefined ? undefined : decodeAuditCursor(input.cursor);
  // One more than asked tells whether another page exists without a count.
  const rows = await findAuditEvents(db, input, { beforeSeq, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.event),
    nextCursor: rows.length > input.limit && last ? encodeAuditCursor(last.seq) : null,
  };
}
