import type { TodayDashboard, TodayMoney } from '../../../shared/dashboard.ts';
import { roleMay } from '../../../shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/engine.ts';
import type { Actor } from '../auth/authenticate.ts';
import { ledgerTotals } from '../billing/ledger-totals.ts';
import { getClinicSettings } from '../clinic/service.ts';
import { clinicDayOf } from './clinic-day.ts';
import { countVisits } from './count-visits.ts';
import { listBalancesDue } from './list-balances-due.ts';

/**
 * The front desk's day at a glance: today's visits, who owes, and, for those who may read the
 * clinic's figures, today's production and collections.
 */
export async function getTodayDashboard(ctx: AppContext, actor: Actor): Promise<TodayDashboard> {
  const clinic = await getClinicSettings(ctx.db);
  const day = clinicDayOf(ctx.now(), clinic.timeZone);
  const [visits, balancesDue, money] = await Promise.all([
    countVisits(ctx.db, day),
    listBalancesDue(ctx.db, day, clinic.currency),
    roleMay(actor.role, 'reports.read') ? moneyOn(ctx.db, day.date) : null,
  ]);
  return { date: day.date, timeZone: clinic.timeZone, currency: clinic.currency, visits, balancesDue, money };
}

/** The ledger's own day totals, read as the day close and the payments list read them. */
async function moneyOn(db: Db, date: string): Promise<TodayMoney> {
  const totals = await ledgerTotals(db, { from: date, to: date });
  return {
    productionCents: totals.chargesCents,
    collectionsCents: totals.paymentsCents - totals.refundsCents,
  };
}
