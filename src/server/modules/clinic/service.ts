import { eq } from 'drizzle-orm';
import type { ClinicSettings } from '../../../shared/clinic.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { clinicSettings } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { AuditSource } from '../audit/audit-log.ts';

type ClinicRow = typeof clinicSettings.$inferSelect;

function toClinicSettings(row: ClinicRow): ClinicSettings {
  return {
    name: row.name,
    timeZone: row.timeZone,
    currency: row.currency,
    phone: row.phone,
    address: row.address,
    bookingPolicy: {
      minNoticeMinutes: row.minNoticeMinutes,
      maxAdvanceDays: row.maxAdvanceDays,
      cancellationNoticeHours: row.cancellationNoticeHours,
      slotStepMinutes: row.slotStepMinutes,
    },
    locale: row.locale,
    country: row.country,
  };
}

export async function getClinicSettings(db: Db): Promise<ClinicSettings> {
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  // The first migration inserts the row and nothing deletes it.
  if (!row) throw new Error('clinic_settings row is missing');
  return toClinicSettings(row);
}

/** The settings an update changed, the booking policy's as `bookingPolicy.<name>`, for the audit trail. */
function changedFields(before: ClinicSettings, after: ClinicSettings): string[] {
  const { bookingPolicy, ...rest } = after;
  const settings = (Object.keys(rest) as (keyof typeof rest)[]).filter((key) => before[key] !== rest[key]);
  const policy = (Object.keys(bookingPolicy) as (keyof typeof bookingPolicy)[])
    .filter((key) => before.bookingPolicy[key] !== bookingPolicy[key])
    .map((key) => `bookingPolicy.${key}`);
  return [...settings, ...policy];
}

export function updateClinicSettings(
  ctx: AppContext,
  input: ClinicSettings,
  source: AuditSource,
): Promise<ClinicSettings> {
  return withTransaction(ctx.db, async (tx) => {
    const [current] = await tx.select().from(clinicSettings).where(eq(clinicSettings.id, 1)).for('update');
    if (!current) throw new Error('clinic_settings row is missing');
    const [row] = await tx
      .update(clinicSettings)
      .set({
        name: input.name,
        timeZone: input.timeZone,
        currency: input.currency,
        phone: input.phone,
        address: input.address,
        minNoticeMinutes: input.bookingPolicy.minNoticeMinutes,
        maxAdvanceDays: input.bookingPolicy.maxAdvanceDays,
        cancellationNoticeHours: input.bookingPolicy.cancellationNoticeHours,
        slotStepMinutes: input.bookingPolicy.slotStepMinutes,
        ...(input.locale === undefined ? {} : { locale: input.locale }),
        ...(input.country === undefined ? {} : { country: input.country }),
        updatedAt: ctx.now(),
      })
      .where(eq(clinicSettings.id, 1))
      .returning();
    if (!row) throw new Error('clinic_settings row is missing');
    const saved = toClinicSettings(row);
    await ctx.audit.record(tx, {
      ...source,
      action: 'clinic.update',
      entity: 'clinic',
      outcome: 'success',
      detail: { fields: changedFields(toClinicSettings(current), saved) },
    });
    return saved;
  });
}
