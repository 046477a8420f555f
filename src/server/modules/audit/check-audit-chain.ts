import type { AuditChainVerification } from '../../../shared/audit.ts';
import type { AppContext } from '../../context.ts';
import type { AuditSource } from './audit-log.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

/**
 * The CLI's chain verification, run for an administrator on demand and recorded. The answer
 * says where the chain breaks; the verifier's reason (operator's English) goes only into the
 * recorded event's detail, where `npm run cli -- verify-audit` would also show it.
 */
export async function checkAuditChain(ctx: AppContext, source: AuditSource): Promise<AuditChainVerification> {
  const result = await verifyAuditChain(ctx.db, ctx.config.auditKey);
  const answer: AuditChainVerification = result.ok
    ? { intact: true, checkedEvents: result.rows }
    : { intact: false, checkedEvents: result.rows, firstBrokenSeq: result.firstBrokenSeq };
  await ctx.audit.record(ctx.db, {
    ...source,
    action: 'audit.verify',
    entity: 'audit_event',
    outcome: 'success',
    detail: result.ok ? answer : { ...answer, reason: result.reason },
  });
  return answer;
}
