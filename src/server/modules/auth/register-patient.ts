import type { RegisterInput } from '../../../shared/auth.ts';
import type { AppContext } from '../../context.ts';
import { patients, users } from '../../db/schema.ts';
import { sqlState, uniqueViolation } from '../../db/sql-state.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { type DuplicateProbe, findPossibleDuplicates } from '../patients/find-duplicates.ts';
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
  await assertNoPatientOnFile(ctx, { ...input, phone });
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

/**
 * The desk's duplicate check (same name and birth date, phone or email), run on sign-up too,
 * where its answer must differ: linking the account to the chart found would hand that chart
 * to anyone who knows a name and a birth date, and naming the candidates, as the desk is
 * shown, would tell a stranger who else is a patient here. So a likely duplicate is refused
 * with nothing about the record that matched (not even which detail did), and the person is
 * asked to contact the clinic, whose staff can check who they are and link them.
 */
async function assertNoPatientOnFile(ctx: AppContext, probe: DuplicateProbe): Promise<void> {
  const candidates = await findPossibleDuplicates(ctx.db, probe);
  if (candidates.length > 0) {
    throw problem(
      409,
      'possible_duplicate',
      'The clinic may already have your records. Please contact the clinic to set up your online account.',
    );
  }
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
