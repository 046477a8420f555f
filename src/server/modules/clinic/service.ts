import { eq } from 'drizzle-orm';
import type { ClinicSettings } from '../../../shared/clinic.ts';
import type { Db } from '../../db/engine.ts';
import { clinicSettings } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';

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

export function updateClinicSettings(db: Db, input: ClinicSettings): Promise<ClinicSettings> {
  return withTransaction(db, async (tx) => {
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
        updatedAt: new Date(),
      })
      .where(eq(clinicSettings.id, 1))
      .returning();
    if (!row) throw new Error('clinic_settings row is missing');
    return toClinicSettings(row);
  });
}
