import { problem } from '../../lib/problem.ts';

/** A deposit is part of the fee: never more than the type's price (checked on the saved row). */
export function assertDepositFits(type: { depositCents: number; priceCents: number }): void {
  if (type.depositCents > type.priceCents) {
    throw problem(422, 'validation_failed', 'Some values break a rule.', {
      errors: [{ path: 'depositCents', message: 'Must not be more than the price' }],
    });
  }
}
