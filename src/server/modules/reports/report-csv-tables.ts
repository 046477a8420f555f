import type {
  AgingReport,
  AgingRow,
  AppointmentsReport,
  AppointmentsRow,
  PatientsReport,
  PatientsRow,
  ProductionReport,
  ProductionRow,
  SummaryReport,
  UtilizationReport,
  UtilizationRow,
} from '../../../shared/reports.ts';
import { appointmentStatuses } from '../../../shared/scheduling.ts';
import { type CsvColumn, type CsvTable, moneyColumn, moneyHeader } from '../../lib/csv-table.ts';
import { statusLabels } from './appointment-figures.ts';

/**
 * Each report as one CSV table: readable headers, money in decimal major units under a header
 * naming the currency, ratios as decimals (0.25), a total row last where rows add up.
 */

const groupHeaders = {
  day: 'Date',
  provider: 'Provider',
  type: 'Appointment type',
  status: 'Status',
} as const;

export function productionCsv(report: ProductionReport): CsvTable<ProductionRow> {
  const money = (name: string, value: (row: ProductionRow) => number) =>
    moneyColumn(name, report.currency, value);
  return {
    currency: report.currency,
    columns: [
      { header: 'Key', kind: 'text', value: (row) => row.key },
      { header: groupHeaders[report.groupBy], kind: 'text', value: (row) => row.label },
      money('Production', (row) => row.productionCents),
      money('Adjustments', (row) => row.adjustmentsCents),
      money('Payments', (row) => row.paymentsCents),
      money('Refunds', (row) => row.refundsCents),
      money('Collections', (row) => row.collectionsCents),
      money('Scheduled production', (row) => row.scheduledProductionCents),
    ],
    rows: [...report.rows, { key: '', label: 'Total', ...report.totals }],
  };
}

export function appointmentsCsv(report: AppointmentsReport): CsvTable<AppointmentsRow> {
  const integer = (header: string, value: (row: AppointmentsRow) => number): CsvColumn<AppointmentsRow> => ({
    header,
    kind: 'integer',
    value,
  });
  return {
    columns: [
      { header: 'Key', kind: 'text', value: (row) => row.key },
      { header: groupHeaders[report.groupBy], kind: 'text', value: (row) => row.label },
      integer('Appointments', (row) => row.total),
      integer('Scheduled', (row) => row.scheduled),
      integer('Confirmed', (row) => row.confirmed),
      integer('Checked in', (row) => row.checkedIn),
      integer('In progress', (row) => row.inProgress),
      integer('Completed', (row) => row.completed),
      integer('Cancelled', (row) => row.cancelled),
      integer(
        `Late cancellations (under ${report.cancellationNoticeHours} h notice)`,
        (row) => row.lateCancellations,
      ),
      integer('No-shows', (row) => row.noShow),
      { header: 'No-show rate', kind: 'ratio', value: (row) => row.noShowRate },
    ],
    rows: [...report.rows, { key: '', label: 'Total', ...report.totals }],
  };
}

type UtilizationCsvRow = UtilizationRow & { resource: string };

export function utilizationCsv(report: UtilizationReport): CsvTable<UtilizationCsvRow> {
  return {
    columns: [
      { header: 'Resource', kind: 'text', value: (row) => row.resource },
      { header: 'Key', kind: 'text', value: (row) => row.key },
      { header: 'Name', kind: 'text', value: (row) => row.label },
      { header: 'Available minutes', kind: 'integer', value: (row) => row.availableMinutes },
      { header: 'Booked minutes', kind: 'integer', value: (row) => row.bookedMinutes },
      { header: 'Utilization', kind: 'ratio', value: (row) => row.ratio },
    ],
    rows: [
      ...report.providers.map((row) => ({ ...row, resource: 'Provider' })),
      { key: '', label: 'All providers', resource: 'Provider', ...report.totals },
      ...report.chairs.map((row) => ({ ...row, resource: 'Chair' })),
    ],
  };
}

export function patientsCsv(report: PatientsReport): CsvTable<PatientsRow> {
  return {
    columns: [
      { header: 'Month', kind: 'text', value: (row) => row.label },
      { header: 'New patients', kind: 'integer', value: (row) => row.newPatients },
      { header: 'Returning patients', kind: 'integer', value: (row) => row.returningPatients },
      { header: 'Active patients', kind: 'integer', value: (row) => row.activePatients },
    ],
    rows: [...report.rows, { key: '', label: 'Whole period', ...report.totals }],
  };
}

export function agingCsv(report: AgingReport): CsvTable<AgingRow> {
  const money = (name: string, value: (row: AgingRow) => number) => moneyColumn(name, report.currency, value);
  return {
    currency: report.currency,
    columns: [
      { header: 'Guarantor id', kind: 'text', value: (row) => row.guarantorId },
      { header: 'Account', kind: 'text', value: (row) => row.label },
      { header: 'Members', kind: 'integer', value: (row) => row.members },
      money('Balance', (row) => row.balanceCents),
      money('0–30 days', (row) => row.current),
      money('31–60 days', (row) => row.days31to60),
      money('61–90 days', (row) => row.days61to90),
      money('Over 90 days', (row) => row.over90),
    ],
    rows: [
      ...report.items,
      {
        key: '',
        guarantorId: '',
        label: 'Total',
        members: report.items.reduce((sum, row) => sum + row.members, 0),
        ...report.totals,
      },
    ],
  };
}

type SummaryFigure = {
  figure: string;
  provider: string;
  value: number | null;
  kind: 'integer' | 'money' | 'ratio';
};

/**
 * The summary's headline figures, one a line (`Figure`, `Provider`, and the value in a column
 * of its kind), the clinic's first and then each provider's.
 */
export function summaryCsv(report: SummaryReport): CsvTable<SummaryFigure> {
  const clinic = (figure: string, value: number | null, kind: SummaryFigure['kind']): SummaryFigure => ({
    figure,
    provider: '',
    value,
    kind,
  });
  const valueIf = (kind: SummaryFigure['kind']) => (row: SummaryFigure) =>
    row.kind === kind ? row.value : null;
  return {
    currency: report.currency,
    columns: [
      { header: 'Figure', kind: 'text', value: (row) => row.figure },
      { header: 'Provider', kind: 'text', value: (row) => row.provider },
      { header: 'Count or minutes', kind: 'integer', value: valueIf('integer') },
      { header: 'Rate', kind: 'ratio', value: valueIf('ratio') },
      { header: moneyHeader('Amount', report.currency), kind: 'money', value: valueIf('money') },
    ],
    rows: [
      ...appointmentStatuses.map((status) =>
        clinic(
          `Appointments ${statusLabels[status].toLowerCase()}`,
          report.appointmentsByStatus[status],
          'integer',
        ),
      ),
      clinic('No-show rate', report.noShowRate, 'ratio'),
      clinic('Production', report.productionCents, 'money'),
      clinic('Adjustments', report.adjustmentsCents, 'money'),
      clinic('Payments received', report.revenueCents, 'money'),
      clinic('Refunds', report.refundsCents, 'money'),
      clinic('Collections', report.collectionsCents, 'money'),
      clinic(`Outstanding at the end of ${report.to}`, report.outstandingCents, 'money'),
      ...report.byProvider.flatMap((row): SummaryFigure[] => [
        { figure: 'Booked', provider: row.label, value: row.booked, kind: 'integer' },
        { figure: 'Completed', provider: row.label, value: row.completed, kind: 'integer' },
        { figure: 'No-shows', provider: row.label, value: row.noShow, kind: 'integer' },
        { figure: 'Cancelled', provider: row.label, value: row.cancelled, kind: 'integer' },
        { figure: 'Available minutes', provider: row.label, value: row.availableMinutes, kind: 'integer' },
        { figure: 'Booked minutes', provider: row.label, value: row.bookedMinutes, kind: 'integer' },
        { figure: 'Utilization', provider: row.label, value: row.utilization, kind: 'ratio' },
      ]),
    ],
  };
}
