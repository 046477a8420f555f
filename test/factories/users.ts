import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/server/context.ts';
import { patients, users } from '../../src/server/db/schema.ts';
import { hashPassword } from '../../src/server/modules/auth/passwords.ts';
import type { Role } from '../../src/shared/permissions.ts';

export const testPassword = 'correct horse battery staple 42';

// Hashing is deliberately slow; every factory user shares one hash of the same password.
let sharedHash: Promise<string> | undefined;

export type TestUser = typeof users.$inferSelect & { password: string };

export async function createTestUser(
  ctx: AppContext,
  options: { role?: Role; email?: string; name?: string; active?: boolean; verified?: boolean } = {},
): Promise<TestUser> {
  sharedHash ??= hashPassword(testPassword);
  const role = options.role ?? 'staff';
  const email = options.email ?? `${role}-${randomUUID().slice(0, 8)}@clinic.test`;
  let patientId: string | null = null;
  if (role === 'patient') {
    const [patient] = await ctx.db
      .insert(patients)
      .values({
        firstName: 'Pat',
        lastName: `Tester ${randomUUID().slice(0, 4)}`,
        dateOfBirth: '1990-05-17',
        email,
      })
      .returning({ id: patients.id });
    patientId = patient?.id ?? null;
  }
  const [user] = await ctx.db
    .insert(users)
    .values({
      email,
      name: options.name ?? `Test ${role}`,
      role,
      passwordHash: await sharedHash,
      active: options.active ?? true,
      emailVerifiedAt: options.verified === false ? null : new Date(),
      patientId,
    })
    .returning();
  if (!user) throw new Error('test user insert returned nothing');
  return { ...user, password: testPassword };
}
