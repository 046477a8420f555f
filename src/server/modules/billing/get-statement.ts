import { balanceEffect } from '../../../shared/balance-effect.ts';
import type { Address } from '../../../shared/patients.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import { notFound } from '../../lib/problem.ts';
import type { AuditSource } from '../audit/audit-log.ts';
import type { Actor } from '../auth/authenticate.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { findBillingPatient } from './billing-scope.ts';
import type { DocumentFile } from './document-file.ts';
import { documentLanguage, documentLocale } from './document-labels.ts';
import { loadAccount } from './get-account.ts';
import { renderStatementPdf, type StatementData } from './statement-pdf.ts';
import { entriesSinceLastZero } from './statement-period.ts';

/**
 * The statement of the account `guarantorId` heads, as it stands today, in the guarantor's
 * language. A patient gets it only for an account whose head they may see (themself, a minor in
 * their care); a member's id, someone else's account or an unknown id are all the same `404`.
 */
export async function getStatement(
  ctx: AppContext,
  actor: Actor,
  guarantorId: string,
  source: AuditSource,
): Promise<DocumentFile> {
  const now = ctx.now();
  const data = await withTransaction(ctx.db, async (tx) => {
    const holder = await findBillingPatient(tx, actor, guarantorId);
    // A member of someone else's account has no statement of their own.
    if (holder.accountId !== guarantorId) throw notFound('No such account.');
    const account = await loadAccount(tx, guarantorId, now);
    if (!account) throw notFound('No such account.');
    const clinic = await getClinicSettings(tx);
    const clinicLocale = clinic.locale ?? 'en-US';
    const language = documentLanguage(holder.language, clinicLocale);
    const names = new Map(
      account.members.map((member) => [member.id, `${member.firstName} ${member.lastName}`]),
    );
    const entries = entriesSinceLastZero(account.entries);
    await ctx.audit.record(tx, {
      ...source,
      action: 'accounts.statement',
      entity: 'account',
      entityId: guarantorId,
      patientId: guarantorId,
      outcome: 'success',
      detail: {
        asOf: account.asOf,
        entries: entries.length,
        memberIds: account.members.map((member) => member.id),
      },
    });
    const statement: StatementData = {
      language,
      format: {
        locale: documentLocale(language, clinicLocale),
        currency: account.currency,
        timeZone: clinic.timeZone,
      },
      clinic: { name: clinic.name, phone: clinic.phone, address: clinic.address },
      holder: { name: `${holder.firstName} ${holder.lastName}`, addressLines: addressLines(holder.address) },
      statementDate: account.asOf,
      createdAt: now,
      entries: entries.map((entry) => ({
        postedOn: entry.postedOn,
        patientName: account.members.length > 1 ? (names.get(entry.patientId) ?? null) : null,
        kind: entry.kind,
        description: entry.description,
        effectCents: balanceEffect(entry.kind, entry.amountCents),
        balanceAfterCents: entry.balanceAfterCents,
      })),
      aging: account.aging,
      balanceCents: account.balanceCents,
      howToPay: {
        phone: clinic.phone,
        address: clinic.address,
        onlineUrl: ctx.config.stripe ? ctx.config.publicUrl : null,
      },
    };
    return statement;
  });
  return { filename: `statement-${data.statementDate}.pdf`, pdf: await renderStatementPdf(data) };
}

/** A postal address as it is written on an envelope. */
function addressLines(address: Address | null): string[] {
  if (!address) return [];
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [
    address.line1,
    address.line2,
    address.region ? `${cityLine} - ${address.region}` : cityLine,
    address.country,
  ].filter((line): line is string => Boolean(line));
}
