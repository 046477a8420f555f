import { eq } from 'drizzle-orm';
import type { Db } from '../../db/engine.ts';
import { patients, paymentLinks } from '../../db/schema.ts';
import { notFound, problem } from '../../lib/problem.ts';
import { hashOpaqueToken } from '../auth/opaque-token.ts';

export type PaymentLinkRow = typeof paymentLinks.$inferSelect;
export type LinkPatient = { id: string; firstName: string; lastName: string };

/** How long a mailed or texted payment link works. */
export const paymentLinkHours = 72;

/**
 * The link a token opens, if it can still be used: unknown → 404; spent (paid through it) or
 * past its expiry → `410 link_expired`. Only the token's SHA-256 is stored, so lookup is by hash.
 */
export async function findUsablePaymentLink(
  db: Db,
  token: string,
  now: Date,
): Promise<{ link: PaymentLinkRow; patient: LinkPatient }> {
  const [found] = await db
    .select({
      link: paymentLinks,
      patient: { id: patients.id, firstName: patients.firstName, lastName: patients.lastName },
    })
    .from(paymentLinks)
    .innerJoin(patients, eq(patients.id, paymentLinks.patientId))
    .where(eq(paymentLinks.tokenHash, hashOpaqueToken(token)));
  if (!found) throw notFound('No such payment link.');
  if (found.link.usedAt !== null || found.link.expiresAt <= now) {
    throw problem(
      410,
      'link_expired',
      'This payment link has been used or has expired. Ask the clinic for a new one.',
    );
  }
  return found;
}
