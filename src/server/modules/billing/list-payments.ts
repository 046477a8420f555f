import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PaymentList, PaymentListQuery } from '../../../shared/billing.ts';
import type { AppContext } from '../../context.ts';
import { patients, payments, refunds } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { addDays, startOfClinicDate } from './clinic-date.ts';
import { ledgerTotals } from './ledger-totals.ts';
import { type RefundRow, toPayment } from './payment-view.ts';

const Position = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);
// A cursor carries milliseconds; sorting on them too keeps microsecond timestamps from slipping between pages.
const sortTime = sql`date_trunc('milliseconds', ${payments.createdAt})`;

/**
 * Payments taken in a clinic-local date range, newest first, with the period's totals by method
 * (money that settled on those dates, as the ledger has it, and the refunds settled then).
 */
export async function listPayments(
  ctx: AppContext,
  query: PaymentListQuery,
  source: AuditSource,
): Promise<PaymentList> {
  const clinic = await getClinicSettings(ctx.db);
  const after = decodeCursor(query.cursor, Position);
  const conditions: (SQL | undefined)[] = [
    query.from === undefined
      ? undefined
      : gte(payments.createdAt, startOfClinicDate(query.from, clinic.timeZone)),
    query.to === undefined
      ? undefined
      : lt(payments.createdAt, startOfClinicDate(addDays(query.to, 1), clinic.timeZone)),
    query.method === undefined ? undefined : eq(payments.method, query.method),
    query.patientId === undefined ? undefined : eq(payments.patientId, query.patientId),
    after === undefined
      ? undefined
      : sql`(${sortTime}, ${payments.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`,
  ];
  const rows = await ctx.db
    .select({
      payment: payments,
      patientName: sql<string>`${patients.firstName} || ' ' || ${patients.lastName}`,
    })
    .from(payments)
    .innerJoin(patients, eq(patients.id, payments.patientId))
    .where(and(...conditions))
    .orderBy(desc(sortTime), desc(payments.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const refundRows =
    page.length === 0
      ? []
      : await ctx.db
          .select()
          .from(refunds)
          .where(
            inArray(
              refunds.paymentId,
              page.map(({ payment }) => payment.id),
            ),
          )
          .orderBy(refunds.createdAt, refunds.id);
  const refundsOf = new Map<string, RefundRow[]>();
  for (const refund of refundRows)
    refundsOf.set(refund.paymentId, [...(refundsOf.get(refund.paymentId) ?? []), refund]);
  const totals = await ledgerTotals(ctx.db, query);
  const last = page.at(-1);
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'payments.list',
    entity: 'payment',
    patientId: query.patientId ?? null,
    outcome: 'success',
    detail: { count: page.length, from: query.from ?? null, to: query.to ?? null },
  });
  return {
    items: page.map(({ payment, patientName }) =>
      toPayment(payment, refundsOf.get(payment.id) ?? [], { patientName }),
    ),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.payment.createdAt.toISOString(), last.payment.id])
        : null,
    currency: clinic.currency,
    totals: {
      byMethod: totals.byMethod,
      paymentsCents: totals.paymentsCents,
      refundsCents: totals.refundsCents,
    },
  };
}
