import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../src/server/context.ts';
import {
  appointmentTypeProviders,
  appointmentTypes,
  operatories,
  providers,
  workingHours,
} from '../../src/server/db/schema.ts';
import type { WorkingInterval } from '../../src/shared/scheduling.ts';

export type TestProvider = typeof providers.$inferSelect;
export type TestAppointmentType = typeof appointmentTypes.$inferSelect & { providerIds: string[] };
export type TestOperatory = typeof operatories.$inferSelect;

/** A provider row straight in the database, for tests about something other than set-up. */
export async function createTestProvider(
  ctx: AppContext,
  overrides: Partial<typeof providers.$inferInsert> = {},
): Promise<TestProvider> {
  const [provider] = await ctx.db
    .insert(providers)
    .values({ name: `Dr. Test ${randomUUID().slice(0, 6)}`, title: 'DDS', ...overrides })
    .returning();
  if (!provider) throw new Error('provider insert returned nothing');
  return provider;
}

/** Replaces the provider's week with these intervals (`HH:MM`, "24:00" for midnight). */
export async function setWorkingHours(
  ctx: AppContext,
  providerId: string,
  intervals: WorkingInterval[],
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(workingHours).where(eq(workingHours.providerId, providerId));
    if (intervals.length === 0) return;
    await tx.insert(workingHours).values(
      intervals.map((interval) => ({
        providerId,
        weekday: interval.weekday,
        startTime: interval.start,
        endTime: interval.end,
      })),
    );
  });
}

/** An active 30-minute type; `providerIds` links it to those providers only (none means all). */
export async function createTestAppointmentType(
  ctx: AppContext,
  overrides: Partial<typeof appointmentTypes.$inferInsert> & { providerIds?: string[] } = {},
): Promise<TestAppointmentType> {
  const { providerIds = [], ...fields } = overrides;
  const [type] = await ctx.db
    .insert(appointmentTypes)
    .values({ name: `Check-up ${randomUUID().slice(0, 6)}`, durationMinutes: 30, ...fields })
    .returning();
  if (!type) throw new Error('appointment type insert returned nothing');
  if (providerIds.length > 0) {
    await ctx.db
      .insert(appointmentTypeProviders)
      .values(providerIds.map((providerId) => ({ appointmentTypeId: type.id, providerId })));
  }
  return { ...type, providerIds };
}

export async function createTestOperatory(
  ctx: AppContext,
  overrides: Partial<typeof operatories.$inferInsert> = {},
): Promise<TestOperatory> {
  const [operatory] = await ctx.db
    .insert(operatories)
    .values({ name: `Chair ${randomUUID().slice(0, 6)}`, ...overrides })
    .returning();
  if (!operatory) throw new Error('operatory insert returned nothing');
  return operatory;
}
