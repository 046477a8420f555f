import { z } from 'zod';
import { IsoDate } from './auth.ts';
import { AppointmentStatus } from './scheduling.ts';

/** The longest period one report covers: longer spans are typing mistakes or a job for an export. */
export const maxReportDays = 1096;

const spanDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** `from`/`to`: clinic-local dates, both included. */
const periodFields = {
  from: IsoDate.describe('First clinic-local date of the period (included)'),
  to: IsoDate.describe('Last clinic-local date of the period (included)'),
};

function checkPeriod(query: { from: string; to: string }, context: z.RefinementCtx): void {
  if (query.to < query.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
  } else if (spanDays(query.from, query.to) >= maxReportDays) {
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: `A report covers at most ${maxReportDays} days (3 years); choose a shorter period`,
    });
  }
}

export const ReportPeriodQuery = z.strictObject(periodFields).superRefine(checkPeriod);
export type ReportPeriodQuery = z.infer<typeof ReportPeriodQuery>;

export const productionGroupings = ['day', 'provider', 'type'] as const;
export const ProductionGrouping = z.enum(productionGroupings);
export type ProductionGrouping = z.infer<typeof ProductionGrouping>;

export const ProductionReportQuery = z
  .strictObject({ ...periodFields, groupBy: ProductionGrouping.default('day') })
  .superRefine(checkPeriod);
export type ProductionReportQuery = z.infer<typeof ProductionReportQuery>;

export const appointmentGroupings = ['status', 'provider', 'type', 'day'] as const;
export const AppointmentGrouping = z.enum(appointmentGroupings);
export type AppointmentGrouping = z.infer<typeof AppointmentGrouping>;

export const AppointmentsReportQuery = z
  .strictObject({ ...periodFields, groupBy: AppointmentGrouping.default('status') })
  .superRefine(checkPeriod);
export type AppointmentsReportQuery = z.infer<typeof AppointmentsReportQuery>;

export const AgingReportQuery = z.strictObject({
  asOf: IsoDate.optional().describe('Clinic-local date the balances stood at (end of day); default today'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('The `nextCursor` of the previous page'),
});
export type AgingReportQuery = z.infer<typeof AgingReportQuery>;

/** Rows carry a stable `key` (an id, a date, a status) and the `label` to show for it. */
const rowIdentity = {
  key: z.string().describe('Stable key of the row: an id, a YYYY-MM-DD date, a status, or `none`'),
  label: z.string().describe('What to show for the row: provider or type name, the date, the status'),
};

const Ratio = z
  .number()
  .nullable()
  .describe('Between 0 and 1 (may exceed 1 when overbooked); null when undefined');

// ---- summary ----

export const AppointmentsByStatus = z.object(
  Object.fromEntries(AppointmentStatus.options.map((status) => [status, z.int()])) as Record<
    AppointmentStatus,
    z.ZodInt
  >,
);
export type AppointmentsByStatus = z.infer<typeof AppointmentsByStatus>;

export const SummaryProviderRow = z.object({
  ...rowIdentity,
  providerId: z.uuid(),
  booked: z.int().describe('Appointments in the period that were not cancelled'),
  completed: z.int(),
  noShow: z.int(),
  cancelled: z.int(),
  availableMinutes: z.int(),
  bookedMinutes: z.int(),
  utilization: Ratio.describe('Booked minutes ÷ available minutes; null when the provider had no hours'),
});
export type SummaryProviderRow = z.infer<typeof SummaryProviderRow>;

export const SummaryReport = z.object({
  from: z.string(),
  to: z.string(),
  currency: z.string(),
  appointmentsByStatus: AppointmentsByStatus,
  byProvider: z.array(SummaryProviderRow),
  noShowRate: Ratio.describe('No-shows ÷ (completed + no-shows); null when both are 0'),
  productionCents: z.int().describe('Charges posted in the period (reversals included)'),
  adjustmentsCents: z.int(),
  revenueCents: z.int().describe('Payments received (succeeded) in the period, before refunds'),
  refundsCents: z.int().describe('Refunds succeeded in the period'),
  collectionsCents: z.int().describe('revenueCents − refundsCents'),
  outstandingCents: z
    .int()
    .describe(
      'All account balances added up at the end of `to`, credit balances netted (the aging total as of `to`)',
    ),
});
export type SummaryReport = z.infer<typeof SummaryReport>;

// ---- production ----

const ProductionFigures = {
  productionCents: z.int().describe('Charges posted (visit fees and manual charges, reversals included)'),
  adjustmentsCents: z.int().describe('Adjustments posted (negative = discounts, write-offs)'),
  paymentsCents: z.int().describe('Payments received (succeeded)'),
  refundsCents: z.int().describe('Refunds succeeded'),
  collectionsCents: z.int().describe('paymentsCents − refundsCents'),
  scheduledProductionCents: z
    .int()
    .describe("Fees of booked visits still ahead (not cancelled, no-show or done), at their type's price"),
};

export const ProductionRow = z.object({ ...rowIdentity, ...ProductionFigures });
export type ProductionRow = z.infer<typeof ProductionRow>;
export const ProductionTotals = z.object(ProductionFigures);
export type ProductionTotals = z.infer<typeof ProductionTotals>;

export const ProductionReport = z.object({
  from: z.string(),
  to: z.string(),
  currency: z.string(),
  groupBy: ProductionGrouping,
  rows: z
    .array(ProductionRow)
    .describe(
      'By day: every date of the period. By provider/type: figures not tied to a visit (manual charges, adjustments, payments) are in the row keyed `none`',
    ),
  totals: ProductionTotals,
});
export type ProductionReport = z.infer<typeof ProductionReport>;

// ---- utilization ----

const UtilizationFigures = {
  availableMinutes: z.int(),
  bookedMinutes: z.int(),
  ratio: Ratio.describe('bookedMinutes ÷ availableMinutes; null when nothing was available'),
};

export const UtilizationRow = z.object({ ...rowIdentity, ...UtilizationFigures });
export type UtilizationRow = z.infer<typeof UtilizationRow>;

export const UtilizationReport = z.object({
  from: z.string(),
  to: z.string(),
  providers: z.array(UtilizationRow).describe('Key: provider id'),
  chairs: z
    .array(UtilizationRow)
    .describe('Key: operatory id. Available: the minutes at least one provider was working'),
  totals: z.object(UtilizationFigures).describe('All providers together'),
});
export type UtilizationReport = z.infer<typeof UtilizationReport>;

// ---- appointments ----

const AppointmentFigures = {
  total: z.int(),
  scheduled: z.int(),
  confirmed: z.int(),
  checkedIn: z.int(),
  inProgress: z.int(),
  completed: z.int(),
  cancelled: z.int(),
  lateCancellations: z
    .int()
    .describe("Cancelled inside the clinic's cancellation notice window (part of cancelled)"),
  noShow: z.int(),
  noShowRate: Ratio.describe('noShow ÷ (completed + noShow); null when both are 0'),
};

export const AppointmentsRow = z.object({ ...rowIdentity, ...AppointmentFigures });
export type AppointmentsRow = z.infer<typeof AppointmentsRow>;
export const AppointmentsTotals = z.object(AppointmentFigures);
export type AppointmentsTotals = z.infer<typeof AppointmentsTotals>;

export const AppointmentsReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: AppointmentGrouping,
  cancellationNoticeHours: z.int().describe('The notice window late cancellations were counted against'),
  rows: z.array(AppointmentsRow),
  totals: AppointmentsTotals,
});
export type AppointmentsReport = z.infer<typeof AppointmentsReport>;

// ---- patients ----

const PatientFigures = {
  newPatients: z.int().describe('First completed visit ever falls in the period'),
  returningPatients: z.int().describe('Completed visit in the period, and an earlier one before it'),
  activePatients: z.int().describe('Any completed visit in the period (new + returning)'),
};

export const PatientsRow = z.object({ ...rowIdentity, ...PatientFigures });
export type PatientsRow = z.infer<typeof PatientsRow>;
export const PatientsTotals = z.object(PatientFigures);
export type PatientsTotals = z.infer<typeof PatientsTotals>;

export const PatientsReport = z.object({
  from: z.string(),
  to: z.string(),
  rows: z
    .array(PatientsRow)
    .describe('One row per calendar month (key YYYY-MM) cut to the period; each month counted on its own'),
  totals: PatientsTotals,
});
export type PatientsReport = z.infer<typeof PatientsReport>;

// ---- aging ----

const AgingFigures = {
  balanceCents: z.int(),
  current: z.int().describe('0–30 days; a credit balance shows here as a negative amount'),
  days31to60: z.int(),
  days61to90: z.int(),
  over90: z.int(),
};

export const AgingRow = z.object({
  ...rowIdentity,
  guarantorId: z.uuid(),
  members: z.int().describe('Patients on the account'),
  ...AgingFigures,
});
export type AgingRow = z.infer<typeof AgingRow>;

export const AgingTotals = z.object({
  accounts: z.int(),
  ...AgingFigures,
  owedCents: z
    .int()
    .describe('The positive balances added up: what accounts owe, credit balances not netted'),
});
export type AgingTotals = z.infer<typeof AgingTotals>;

export const AgingReport = z.object({
  asOf: z.string(),
  currency: z.string(),
  items: z.array(AgingRow).describe('Accounts with a non-zero balance, by guarantor id'),
  nextCursor: z.string().nullable(),
  totals: AgingTotals.describe('All accounts with a non-zero balance, not just this page'),
});
export type AgingReport = z.infer<typeof AgingReport>;

export const reportNames = [
  'summary',
  'production',
  'utilization',
  'appointments',
  'patients',
  'aging',
] as const;
export type ReportName = (typeof reportNames)[number];
