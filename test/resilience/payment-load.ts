import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../src/server/context.ts';
import type { Engine } from '../../src/server/db/engine.ts';
import { createTestPatient } from '../factories/patients.ts';
import type { LoadScenario, RetryOutcome } from './load-scenario.ts';

const patientCount = 40;
const methods = ['cash', 'card_terminal', 'check'] as const;
// A retry waits out the lease of a key its killed first attempt left reserved, a few times at most.
const maxAttemptsPerRetry = 5;

type PaymentRequest = {
  key: string;
  body: { patientId: string; amountCents: number; method: string; reference: string };
};

type Answer = { status: number; replayed: boolean; text: string };

async function postPayment(baseUrl: string, token: string, request: PaymentRequest): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/v1/payments`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': request.key,
    },
    body: JSON.stringify(request.body),
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    text: await response.text(),
  };
}

function retryAfterMs(answer: Answer): number {
  const seconds = (JSON.parse(answer.text) as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1;
  return (Math.min(Math.max(seconds, 1), 60) + 1) * 1_000;
}

/**
 * The desk recording cash, terminal and check payments against patients with charges, each
 * with its own Idempotency-Key and a reference naming the request, so that two payments for
 * one request show up however they came about (a replay gone wrong, a retry run twice).
 */
export function paymentLoad(): LoadScenario {
  const patientIds: string[] = [];
  // Sent and not answered yet; what is left when the process dies was cut off by the kill.
  const inFlight = new Map<number, PaymentRequest>();
  return {
    name: 'payments',
    async prepare(ctx: AppContext) {
      for (let index = 0; index < patientCount; index++) patientIds.push((await createTestPatient(ctx)).id);
    },
    async setUp(baseUrl, token) {
      for (const patientId of patientIds) {
        const response = await fetch(`${baseUrl}/api/v1/charges`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ patientId, amountCents: 2_000_000, description: 'Implant, load test' }),
        });
        if (response.status !== 201)
          throw new Error(`charge failed: ${response.status} ${await response.text()}`);
      }
    },
    async send(baseUrl, token, n) {
      const request: PaymentRequest = {
        key: randomUUID(),
        body: {
          patientId: patientIds[n % patientCount] ?? '',
          amountCents: 1_000 + (n % 97) * 25,
          method: methods[n % methods.length] ?? 'cash',
          reference: `load-${n}`,
        },
      };
      inFlight.set(n, request);
      const answer = await postPayment(baseUrl, token, request);
      inFlight.delete(n);
      if (answer.status !== 201) return { status: answer.status, body: answer.text };
      return { id: (JSON.parse(answer.text) as { id: string }).id };
    },
    async retryUnanswered(baseUrl, token) {
      const outcome: RetryOutcome = { retried: 0, replayed: 0, acknowledged: [], refused: 0 };
      for (const [n, request] of inFlight) {
        outcome.retried += 1;
        let answer = await postPayment(baseUrl, token, request);
        for (let attempt = 1; attempt < maxAttemptsPerRetry; attempt++) {
          if (answer.status !== 409 && answer.status !== 503) break;
          await new Promise((resolve) => setTimeout(resolve, retryAfterMs(answer)));
          answer = await postPayment(baseUrl, token, request);
        }
        if (answer.status === 201) {
          outcome.acknowledged.push((JSON.parse(answer.text) as { id: string }).id);
          if (answer.replayed) outcome.replayed += 1;
        } else {
          outcome.refused += 1;
          console.error(`  payment retry load-${n}: ${answer.status} ${answer.text.slice(0, 300)}`);
        }
        inFlight.delete(n);
      }
      return outcome;
    },
    async check(engine: Engine, acknowledged: string[]) {
      return engine.rawTransaction(async (tx) => {
        const found = await tx.query<{ id: string }>(
          'SELECT id::text AS id FROM payments WHERE id = ANY($1::uuid[])',
          [acknowledged],
        );
        const present = new Set(found.map((row) => row.id));
        // One request, one payment: a second one under a reference is a write done twice.
        const [twice] = await tx.query<{ count: number }>(
          `SELECT coalesce(sum(copies - 1), 0)::int AS count FROM (
             SELECT count(*) AS copies FROM payments WHERE reference LIKE 'load-%'
              GROUP BY reference HAVING count(*) > 1) d`,
        );
        // Which copy the idempotency key answers for tells how the second one came about.
        const copies = await tx.query<{ reference: string; id: string; createdAt: string; keyed: boolean }>(
          `SELECT p.reference, p.id::text AS id, p.created_at::text AS "createdAt",
                  EXISTS (SELECT 1 FROM idempotency_keys k WHERE k.response->>'id' = p.id::text) AS keyed
             FROM payments p
            WHERE p.reference IN (SELECT reference FROM payments WHERE reference LIKE 'load-%'
                                   GROUP BY reference HAVING count(*) > 1)
            ORDER BY p.reference, p.created_at`,
        );
        for (const copy of copies) {
          console.error(
            `  payment ${copy.reference} written more than once: ${copy.id} at ${copy.createdAt}, ` +
              `${acknowledged.includes(copy.id) ? 'acknowledged' : 'never acknowledged'}, ` +
              `${copy.keyed ? 'the answer stored under its key' : 'no key answers with it'}`,
          );
        }
        const [acknowledgedTwice] = await tx.query<{ count: number }>(
          'SELECT (count(*) - count(DISTINCT id))::int AS count FROM unnest($1::uuid[]) AS a(id)',
          [acknowledged],
        );
        // A settled payment is its row, one ledger row of the same amount and its audit event.
        const [unledgered] = await tx.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM payments p
            WHERE p.status = 'succeeded'
              AND (SELECT count(*) FROM ledger_entries l
                    WHERE l.payment_id = p.id AND l.kind = 'payment' AND l.amount_cents = p.amount_cents) <> 1`,
        );
        const [orphanLedger] = await tx.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM ledger_entries l
            WHERE l.kind = 'payment'
              AND NOT EXISTS (SELECT 1 FROM payments p
                               WHERE p.id = l.payment_id AND p.status = 'succeeded'
                                 AND p.amount_cents = l.amount_cents)`,
        );
        const [unaudited] = await tx.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM payments p
            WHERE NOT EXISTS (SELECT 1 FROM audit_events e
                               WHERE e.entity = 'payment' AND e.entity_id = p.id::text
                                 AND e.action = 'payments.record')`,
        );
        // Receipt numbers are 1..N: any number missing or repeated is a gap.
        const [receipts] = await tx.query<{ taken: number; distinct: number; highest: number }>(
          `SELECT count(receipt_number)::int AS taken, count(DISTINCT receipt_number)::int AS distinct,
                  coalesce(max(receipt_number), 0)::int AS highest
             FROM payments`,
        );
        const [counter] = await tx.query<{ last: number }>(
          'SELECT last_number AS last FROM receipt_counter WHERE id = 1',
        );
        const taken = receipts?.taken ?? 0;
        const gaps =
          (receipts?.highest ?? 0) -
          (receipts?.distinct ?? 0) +
          (taken - (receipts?.distinct ?? 0)) +
          Math.abs((counter?.last ?? 0) - taken);
        return {
          missing: acknowledged.filter((id) => !present.has(id)),
          duplicated: (twice?.count ?? 0) + (acknowledgedTwice?.count ?? 0),
          halfWritten: (unledgered?.count ?? 0) + (orphanLedger?.count ?? 0) + (unaudited?.count ?? 0),
          gaps,
        };
      });
    },
  };
}
