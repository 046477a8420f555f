import { asc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { auditMac, genesisMac, macsEqual } from './audit-mac.ts';
import { auditChainHead, auditEvents } from './audit-tables.ts';

export type AuditChainVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBrokenSeq: number; reason: string };

export type VerifyAuditChainOptions = {
  /** Rows read per query; the chain is walked page by page, never loaded whole. */
  pageSize?: number;
};

/**
 * Walks the whole audit trail in seq order, recomputing every MAC, and reports the first
 * event that does not verify. `rows` counts the events read.
 */
export function verifyAuditChain(
  db: Db,
  key: string,
  { pageSize = 1000 }: VerifyAuditChainOptions = {},
): Promise<AuditChainVerification> {
  // One snapshot for the walk and the head, so that events appended meanwhile by a running
  // server are neither half-seen nor mistaken for a mismatch with the head.
  return db.transaction(
    async (tx) => {
      let rows = 0;
      let expectedSeq = 1;
      let prevMac = genesisMac;
      const broken = (firstBrokenSeq: number, reason: string): AuditChainVerification => ({
        ok: false,
        rows,
        firstBrokenSeq,
        reason,
      });

      for (;;) {
        const page = await tx
          .select({
            ...getTableColumns(auditEvents),
            // A JS Date drops microseconds, so an edit below the millisecond would otherwise
            // slip past the MAC; events are written with none.
            atSubMillisecond:
              sql<number>`(extract(microseconds from ${auditEvents.at})::integer % 1000)`.mapWith(Number),
          })
          .from(auditEvents)
          // No lower bound on the first page: a row numbered 0 or below must be seen too.
          .where(rows === 0 ? undefined : gt(auditEvents.seq, expectedSeq - 1))
          .orderBy(asc(auditEvents.seq))
          .limit(pageSize);
        for (const row of page) {
          rows++;
          if (row.seq < expectedSeq) {
            return broken(row.seq, `an event numbered #${row.seq} does not belong in the chain`);
          }
          if (row.seq !== expectedSeq) {
            return broken(
              expectedSeq,
              `event #${expectedSeq} is missing (the next one present is #${row.seq})`,
            );
          }
          if (!macsEqual(prevMac, row.prevMac)) {
            return broken(
              row.seq,
              'it does not chain to the event before it (an event was removed or replaced)',
            );
          }
          if (row.atSubMillisecond !== 0 || !macsEqual(auditMac(key, row, row.prevMac), row.mac)) {
            return broken(
              row.seq,
              row.seq === 1
                ? 'its content does not match its MAC (edited or forged, or the audit key is not the one that wrote the trail)'
                : 'its content does not match its MAC (edited or forged)',
            );
          }
          prevMac = row.mac;
          expectedSeq++;
        }
        if (page.length < pageSize) break;
      }

      const lastSeq = expectedSeq - 1;
      const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
      if (!head) return broken(lastSeq + 1, 'the chain head is missing');
      if (head.lastSeq > lastSeq) {
        return broken(
          lastSeq + 1,
          `the trail ends at #${lastSeq} but the chain head says #${head.lastSeq} (events removed from the end)`,
        );
      }
      if (head.lastSeq < lastSeq) {
        return broken(head.lastSeq + 1, `events after #${head.lastSeq} were appended outside the chain`);
      }
      if (!macsEqual(prevMac, head.lastMac)) {
        return broken(
          lastSeq,
          `event #${lastSeq} is not the one the chain head recorded (the tail was replaced)`,
        );
      }
      return { ok: true, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The line the CLI prints. */
export function describeAuditVerification(result: AuditChainVerification): string {
  return result.ok
    ? `Audit trail intact: ${result.rows} events`
    : `Audit trail BROKEN at event #${result.firstBrokenSeq}: ${result.reason}`;
}
