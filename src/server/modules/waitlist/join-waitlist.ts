import { Temporal } from 'temporal-polyfill';
import type { CreateWaitlistEntryInput, WaitlistEntry } from '../../../shared/waitlist.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { findVisiblePatient } from '../patients/patient-scope.ts';
import { activeAppointmentType, assertProviderOffers, localDateOf } from '../scheduling/booking-rules.ts';
import { toWaitlistEntry } from './waitlist-scope.ts';
import { waitlistEntries } from './waitlist-tables.ts';

/**
 * Puts a patient on the waitlist for a type (and provider, if named) on any local date from…to.
 * Patients join for themselves or their dependants, and only for what they could book online,
 * since an offer they accept is booked under the online rules.
 */
export async function joinWaitlist(
  ctx: AppContext,
  actor: Actor,
  input: CreateWaitlistEntryInput,
  source: AuditSource,
): Promise<WaitlistEntry> {
  const type = await activeAppointmentType(ctx.db, input.appointmentTypeId);
  await findVisiblePatient(ctx.db, actor, input.patientId);
  if (actor.role === 'patient' && !type.bookableOnline) {
    throw problem(
      422,
      'not_bookable_online',
      'This kind of appointment is booked by the clinic. Please call us.',
    );
  }
  if (input.providerId) await assertProviderOffers(ctx.db, input.providerId, type.id);
  const clinic = await getClinicSettings(ctx.db);
  const now = ctx.now();
  const today = localDateOf(Temporal.Instant.fromEpochMilliseconds(now.getTime()), clinic.timeZone);
  if (Temporal.PlainDate.compare(Temporal.PlainDate.from(input.to), today) < 0) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'to', message: 'Must not be in the past' }],
    });
  }
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(waitlistEntries)
      .values({
        patientId: input.patientId,
        appointmentTypeId: type.id,
        providerId: input.providerId ?? null,
        fromDate: input.from,
        toDate: input.to,
        notes: input.notes ?? null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('waitlist entry insert returned nothing');
    await ctx.audit.record(tx, {
      ...source,
      action: 'waitlist.join',
      entity: 'waitlist_entry',
      entityId: row.id,
      patientId: row.patientId,
      outcome: 'success',
    });
    return toWaitlistEntry(row);
  });
}
