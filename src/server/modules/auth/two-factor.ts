import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import { users } from '../../db/schema.ts';
import { withTransaction } from '../../db/transaction.ts';
import { problem } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import { findUserById } from './accounts.ts';
import type { Actor } from './authenticate.ts';
import { deleteRecoveryCodes, issueRecoveryCodes } from './recovery-codes.ts';
import { seal, unseal } from './secret-box.ts';
import { newTotpSecret, totpUri, verifyTotp } from './totp.ts';

/** Starts enrolment: a new secret, kept pending until a code from it is confirmed. */
export async function startTwoFactorSetup(ctx: AppContext, actor: Actor) {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw problem(401, 'unauthenticated', 'Log in to continue.');
  if (user.totpEnabledAt !== null) {
    throw problem(
      409,
      'conflict',
      'Two-factor authentication is already on. Turn it off first to replace it.',
    );
  }
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpSecret: seal(ctx.config.jwtSecret, secret), totpLastStep: null, updatedAt: ctx.now() })
    .where(eq(users.id, user.id));
  const otpauthUrl = totpUri(secret, user.email);
  return { secret, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

export async function confirmTwoFactor(ctx: AppContext, actor: Actor, code: string, source: AuditSource) {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const user = await findUserById(tx, actor.userId);
    if (!user?.totpSecret || user.totpEnabledAt !== null) {
      throw problem(409, 'conflict', 'Start the set-up first.');
    }
    const step = await verifyTotp(unseal(ctx.config.jwtSecret, user.totpSecret), code, now, null);
    if (step === undefined) {
      throw problem(
        422,
        'invalid_code',
        'That code is not valid. Check the time on your phone and try the current one.',
        {
          errors: [{ path: 'code', message: 'Not valid' }],
        },
      );
    }
    await tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step, updatedAt: now })
      .where(eq(users.id, user.id));
    const recoveryCodes = await issueRecoveryCodes(tx, user.id);
    await ctx.audit.record(tx, {
      ...source,
      action: 'auth.two_factor_enabled',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
    return { recoveryCodes };
  });
}

/** Turning 2FA off needs a current code, so a borrowed unlocked session cannot do it. */
export async function disableTwoFactor(ctx: AppContext, actor: Actor, code: string, source: AuditSource) {
  const now = ctx.now();
  const user = await findUserById(ctx.db, actor.userId);
  if (!user?.totpSecret || user.totpEnabledAt === null)
    throw problem(409, 'conflict', 'Two-factor authentication is off.');
  const step = await verifyTotp(unseal(ctx.config.jwtSecret, user.totpSecret), code, now, user.totpLastStep);
  if (step === undefined) {
    throw problem(422, 'invalid_code', 'That code is not valid.', {
      errors: [{ path: 'code', message: 'Not valid' }],
    });
  }
  await withTransaction(ctx.db, async (tx) => {
    await clearTwoFactor(tx, user.id, now);
    await ctx.audit.record(tx, {
      ...source,
      action: 'auth.two_factor_disabled',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
  });
}

export async function clearTwoFactor(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now })
    .where(eq(users.id, userId));
  await deleteRecoveryCodes(db, userId);
}
