import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/server/context.ts';
import { patients } from '../../src/server/db/schema.ts';

export type TestPatient = typeof patients.$inferSelect;

/** A patient row straight in the database, for tests about something other than registration. */
export async function createTestPatient(
  ctx: AppContext,
  overrides: Partial<typeof patients.$inferInsert> = {},
): Promise<TestPatient> {
  const [patient] = await ctx.db
    .insert(patients)
    .values({
      firstName: 'Test',
      lastName: `Patient ${randomUUID().slice(0, 6)}`,
      dateOfBirth: '1980-01-15',
      ...overrides,
    })
    .returning();
  if (!patient) throw new Error('patient insert returned nothing');
  return patient;
}
