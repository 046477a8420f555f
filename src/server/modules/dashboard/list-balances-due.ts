import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { BalanceDueToday } from '../../../shared/dashboard.ts';
import { AppointmentStatus } from '../../../shared/scheduling.ts';
import type { Db } from '../../db/engine.ts';
import { appointments, ledgerEntries, patients } from '../../db/schema.ts';
import { ledgerBalanceSum } from '../billing/patient-balance.ts';
import { type ClinicDay, startsOn } from './clinic-day.ts';

/**
 * The day's patients whose account owes something, each once at their first visit of the day.
 * The balance is the account's (their guarantor's): that is who the desk collects from, and it
 * is billing's own sum of the rows, never a second rule.
 */
export async function listBalancesDue(db: Db, day: ClinicDay, currency: string): Promise<BalanceDueToday[]> {
  const visits = await db
    .select({
      appointmentId: appointments.id,
      status: appointments.status,
      visitStart: sql<Date>`lower(${appointments.period})`.mapWith((value: string | Date) => new Date(value)),
      patientId: patients.id,
      patientName: sql<string>`${patients.firstName} || ' ' || ${patients.lastName}`,
      accountId: patients.accountId,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(and(startsOn(day), notInArray(appointments.status, ['held', 'expired', 'cancelled'])))
    .orderBy(asc(sql`lower(${appointments.period})`), asc(appointments.id));

  const accountIds = [...new Set(visits.flatMap((visit) => (visit.accountId ? [visit.accountId] : [])))];
  if (accountIds.length === 0) return [];
  const balances = await db
    .select({ accountId: patients.accountId, balance: ledgerBalanceSum })
    .from(ledgerEntries)
    .innerJoin(patients, eq(patients.id, ledgerEntries.patientId))
    .where(inArray(patients.accountId, accountIds))
    .groupBy(patients.accountId);
  const owedBy = new Map(balances.map((row) => [row.accountId, Number(row.balance ?? 0)]));

  const listed = new Set<string>();
  const due: BalanceDueToday[] = [];
  for (const visit of visits) {
    const balanceCents = owedBy.get(visit.accountId) ?? 0;
    if (balanceCents <= 0 || listed.has(visit.patientId)) continue;
    listed.add(visit.patientId);
    due.push({
      patientId: visit.patientId,
      patientName: visit.patientName,
      appointmentId: visit.appointmentId,
      visitStart: visit.visitStart.toISOString(),
      // Holds and expired holds were filtered out above, so the status is a visit's.
      visitStatus: AppointmentStatus.parse(visit.status),
      balanceCents,
      currency,
    });
  }
  return due;
}
