import type { RegisterInput } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import { patients, users } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { toE164 } from '../patients/phone-numbers.ts';
import { findUserByEmail } from './accounts.ts';
import { sendVerificationMail } from './identity-mail.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { issueUserToken } from './user-tokens.ts';

/** Online sign-up: a patient account and its patient record, then a verification mail. */
export async function registerPatient(ctx: AppContext, input: RegisterInput, source: AuditSource) {
  assertStrongPassword(input.password, [
    input.email,
    input.firstName,
    input.lastName,
    `${input.firstName}${input.lastName}`,
    input.dateOfBirth,
  ]);
  if (await findUserByEmail(ctx.db, input.email)) throw emailTaken();
  const { country } = await getClinicSettings(ctx.db);
  const phone = input.phone === undefined ? null : toE164(input.phone, country ?? 'US', 'phone');
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  const name = `${input.firstName} ${input.lastName}`;
  const created = await withTransaction(ctx.db, async (tx) => {
    const [patient] = await tx
      .insert(patients)
      .values({
        firstName: input.firstName,
        lastName: input.lastName,
        dateOfBirth: input.dateOfBirth,
        email: input.email,
        phone,
      })
      .returning();
    if (!patient) throw new Error('patient insert returned nothing');
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name, role: 'patient', passwordHash, patientId: patient.id })
      .returning();
    if (!user) throw new Error('user insert returned nothing');
    const token = await issueUserToken(tx, user.id, 'verify_email', now);
    await ctx.audit.record(tx, {
      ...source,
      actorId: user.id,
      actorRole: 'patient',
      action: 'auth.register',
      entity: 'patient',
      entityId: patient.id,
      patientId: patient.id,
      outcome: 'success',
    });
    return { patient, user, token };
  }).catch((error: unknown) => {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same 409.
    if (sqlState(error) === uniqueViolation) throw emailTaken();
    throw error;
  });
  await sendVerificationMail(ctx, { email: created.user.email, name }, created.token);
  return {
    user: {
      id: created.user.id,
      email: created.user.email,
      role: created.user.role,
      name: created.user.name,
    },
    patient: {
      id: created.patient.id,
      firstName: created.patient.firstName,
      lastName: created.patient.lastName,
      dateOfBirth: created.patient.dateOfBirth,
      email: created.patient.email,
      phone: created.patient.phone,
    },
  };
}

function emailTaken() {
  return problem(
    409,
    'conflict',
    'An account with this email already exists. Log in or reset your password.',
    {
      errors: [{ path: 'email', message: 'Already registered' }],
    },
  );
}
