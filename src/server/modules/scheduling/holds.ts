import { and, eq, sql } from 'drizzle-orm';
import type { BookAppointmentInput } from '../../../shared/scheduling.ts';
import type { AppContext } from '../../context.ts';
import { appointments } from '../../db/schema.ts';
import { exclusionViolation, sqlState } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { expireLapsedHolds, insertAppointment, planVisit } from './book-appointment.ts';
import { lockBookedResources } from './resource-locks.ts';
import { slotUnavailable } from './slot-unavailable.ts';

/**
 * Holds a slot while the patient finishes booking: a row under the same exclusion
 * constraints, with an expiry after which it blocks nothing (see `occupiesTime`).
 */
export async function placeHold(
  ctx: AppContext,
  actor: Actor,
  input: BookAppointmentInput,
  source: AuditSource,
) {
  const visit = await planVisit(ctx, actor, input);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.holdMinutes * 60_000);
  try {
    return await withTransaction(ctx.db, async (tx) => {
      await lockBookedResources(tx, [visit]);
      await expireLapsedHolds(tx, visit, now);
      const row = await insertAppointment(tx, actor, visit, 'held', expiresAt, input.notes ?? null, now);
      await ctx.audit.record(tx, {
        ...source,
        action: 'appointments.hold',
        entity: 'appointment',
        entityId: row.id,
        patientId: row.patientId,
        outcome: 'success',
      });
      return {
        id: row.id,
        providerId: row.providerId,
        start: row.start.toISOString(),
        end: row.end.toISOString(),
        expiresAt: expiresAt.toISOString(),
      };
    });
  } catch (error) {
    if (sqlState(error) === exclusionViolation) throw await slotUnavailable(ctx, actor, visit, now);
    throw error;
  }
}

/** Releases one's own hold at once instead of waiting for it to lapse. */
export async function releaseHold(ctx: AppContext, actor: Actor, holdId: string): Promise<void> {
  const released = await ctx.db
    .update(appointments)
    .set({ status: 'expired', updatedAt: ctx.now() })
    .where(
      and(
        eq(appointments.id, holdId),
        eq(appointments.status, 'held'),
        actor.role === 'patient' ? eq(appointments.createdBy, actor.userId) : sql`true`,
      ),
    )
    .returning({ id: appointments.id });
  if (released.length === 0) throw notFound('No such hold.');
}
