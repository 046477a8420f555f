import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AgingReport,
  AgingReportQuery,
  AppointmentsReport,
  AppointmentsReportQuery,
  PatientsReport,
  ProductionReport,
  ProductionReportQuery,
  ReportPeriodQuery,
  SummaryReport,
  UtilizationReport,
} from '../../../shared/reports.ts';
import { auditSource } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import { prefersCsv } from '../../http/prefers-csv.ts';
import { type CsvTable, writeCsv } from '../../lib/csv-table.ts';
import type { ApiModule } from '../api-modules.ts';
import { agingReport } from './aging-report.ts';
import { appointmentsReport } from './appointments-report.ts';
import { patientsReport } from './patients-report.ts';
import { productionReport } from './production-report.ts';
import type { ReportRun } from './record-report-run.ts';
import {
  agingCsv,
  appointmentsCsv,
  patientsCsv,
  productionCsv,
  summaryCsv,
  utilizationCsv,
} from './report-csv-tables.ts';
import { summaryReport } from './summary-report.ts';
import { utilizationReport } from './utilization-report.ts';

const tags = ['reports'];
const access = { action: 'reports.read' } as const;
const errors = problemResponses(400, 401, 403, 422);
const formats =
  'JSON by default; send `Accept: text/csv` for the same report as RFC 4180 CSV (a header row, ' +
  'money in decimal major units under headers naming the currency), sent as an attachment. ' +
  'Dates are clinic-local; every run is audited.';

/** A 200 that is the report as JSON, or as CSV when asked for. */
function reportResponse<Schema extends z.ZodType>(schema: Schema, description: string) {
  return {
    description,
    content: {
      'application/json': { schema },
      'text/csv': { schema: z.string().describe('The report as RFC 4180 CSV (CRLF line ends, UTF-8)') },
    },
  };
}

function runOf(request: FastifyRequest): ReportRun {
  return { source: auditSource(request), format: prefersCsv(request.headers.accept) ? 'csv' : 'json' };
}

function sendCsv<Row>(reply: FastifyReply, table: CsvTable<Row>, filename: string): FastifyReply {
  // The clinic's figures, with patient names in aging: no shared cache may keep a copy.
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(writeCsv(table));
}

/** The clinic's reports (admin, manager): JSON or CSV, each run audited. */
export const reportsRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/reports/summary',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Overview of a period: appointments, utilization per provider, no-show rate, money',
        description: formats,
        querystring: ReportPeriodQuery,
        response: { 200: reportResponse(SummaryReport, 'The summary'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      const report = await summaryReport(ctx, request.query, run);
      if (run.format === 'csv')
        return sendCsv(reply, summaryCsv(report), `summary-${report.from}-${report.to}.csv`);
      return report;
    },
  );

  app.get(
    '/reports/production',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Production (charges posted), adjustments, collections and scheduled production',
        description: `By clinic-local day, provider or appointment type. ${formats}`,
        querystring: ProductionReportQuery,
        response: { 200: reportResponse(ProductionReport, 'The production report'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      const report = await productionReport(ctx, request.query, run);
      if (run.format === 'csv')
        return sendCsv(reply, productionCsv(report), `production-${report.from}-${report.to}.csv`);
      return report;
    },
  );

  app.get(
    '/reports/utilization',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Available and booked minutes per provider and per chair',
        description: formats,
        querystring: ReportPeriodQuery,
        response: { 200: reportResponse(UtilizationReport, 'The utilization report'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      const report = await utilizationReport(ctx, request.query, run);
      if (run.format === 'csv')
        return sendCsv(reply, utilizationCsv(report), `utilization-${report.from}-${report.to}.csv`);
      return report;
    },
  );

  app.get(
    '/reports/appointments',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Appointment counts by status, provider, type or day, with no-show rate and late cancellations',
        description: formats,
        querystring: AppointmentsReportQuery,
        response: { 200: reportResponse(AppointmentsReport, 'The appointments report'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      const report = await appointmentsReport(ctx, request.query, run);
      if (run.format === 'csv')
        return sendCsv(reply, appointmentsCsv(report), `appointments-${report.from}-${report.to}.csv`);
      return report;
    },
  );

  app.get(
    '/reports/patients',
    {
      config: { access },
      schema: {
        tags,
        summary: 'New, returning and active patients, per month and for the period',
        description: formats,
        querystring: ReportPeriodQuery,
        response: { 200: reportResponse(PatientsReport, 'The patients report'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      const report = await patientsReport(ctx, request.query, run);
      if (run.format === 'csv')
        return sendCsv(reply, patientsCsv(report), `patients-${report.from}-${report.to}.csv`);
      return report;
    },
  );

  app.get(
    '/reports/aging',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Accounts receivable aging per account, as of a clinic-local date',
        description:
          'Accounts with a non-zero balance in guarantor order, `limit` a page (`nextCursor` for the ' +
          'next), with the totals of all of them. The CSV lists every account (no paging) and a ' +
          `total row. ${formats}`,
        querystring: AgingReportQuery,
        response: { 200: reportResponse(AgingReport, 'The aging report'), ...errors },
      },
    },
    async (request, reply) => {
      const run = runOf(request);
      if (run.format === 'csv') {
        const report = await agingReport(ctx, { asOf: request.query.asOf, limit: null }, run);
        return sendCsv(reply, agingCsv(report), `aging-${report.asOf}.csv`);
      }
      return agingReport(ctx, request.query, run);
    },
  );
};
