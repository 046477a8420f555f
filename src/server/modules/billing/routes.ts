import { z } from 'zod';
import {
  Account,
  AccountQuery,
  AdjustmentInput,
  BillingSettings,
  ChargeInput,
  DayClose,
  DayCloseInput,
  DayCloseList,
  DayCloseListQuery,
  Ledger,
  LedgerEntry,
  Payment,
  PaymentInput,
  PaymentList,
  PaymentListQuery,
  Refund,
  RefundInput,
} from '../../../shared/billing.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { IdempotencyHeaders, oncePerIdempotencyKey } from '../scheduling/idempotency.ts';
import { closeDay } from './close-day.ts';
import { getAccount } from './get-account.ts';
import { getBillingSettings } from './get-billing-settings.ts';
import { getLedger } from './get-ledger.ts';
import { getPayment } from './get-payment.ts';
import { listDayCloses } from './list-day-closes.ts';
import { listPayments } from './list-payments.ts';
import { postAdjustment } from './post-adjustment.ts';
import { postCharge } from './post-charge.ts';
import { refundPayment } from './refund-payment.ts';
import { takePayment } from './take-payment.ts';

const tags = ['billing'];
const PatientParams = z.strictObject({ id: z.uuid('Not a patient id') });
const GuarantorParams = z.strictObject({ guarantorId: z.uuid('Not a patient id') });
const PaymentParams = z.strictObject({ id: z.uuid('Not a payment id') });

/** The ledger, accounts, payments, refunds and day closes. */
export const billingRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/billing/settings',
    {
      config: { access: { action: 'billing.read' } },
      schema: { tags, response: { 200: BillingSettings } },
    },
    () => getBillingSettings(ctx),
  );

  app.get(
    '/patients/:id/ledger',
    {
      config: { access: { action: 'billing.read' } },
      schema: {
        tags,
        summary: "A patient's ledger, oldest first, with the running balance",
        params: PatientParams,
        response: { 200: Ledger, ...problemResponses(404) },
      },
    },
    (request) => getLedger(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.get(
    '/accounts/:guarantorId',
    {
      config: { access: { action: 'billing.read' } },
      schema: {
        tags,
        summary: 'A family account: members, balance and aging, as of a clinic-local date',
        params: GuarantorParams,
        querystring: AccountQuery,
        response: { 200: Account, ...problemResponses(400, 404) },
      },
    },
    (request) =>
      getAccount(
        ctx,
        requireActor(request),
        request.params.guarantorId,
        request.query.asOf,
        auditSource(request),
      ),
  );

  app.post(
    '/charges',
    {
      config: { access: { action: 'billing.charge' } },
      schema: {
        tags,
        body: ChargeInput,
        response: { 201: LedgerEntry, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await postCharge(ctx, requireActor(request), request.body, auditSource(request))),
  );

  app.post(
    '/adjustments',
    {
      config: { access: { action: 'billing.adjust' } },
      schema: {
        tags,
        summary: 'A discount or write-off (negative) or a correction (positive), with its reason',
        body: AdjustmentInput,
        response: { 201: LedgerEntry, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await postAdjustment(ctx, requireActor(request), request.body, auditSource(request))),
  );

  app.post(
    '/payments',
    {
      config: { access: { action: 'payments.take' } },
      schema: {
        tags,
        summary: 'Record money taken at the desk, or start a card payment online',
        headers: IdempotencyHeaders,
        body: PaymentInput,
        response: { 201: Payment, ...problemResponses(400, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await oncePerIdempotencyKey(
        ctx,
        `user:${actor.userId}:payments`,
        request.headers['idempotency-key'],
        request.body,
        async () => ({
          statusCode: 201,
          body: await takePayment(ctx, actor, request.body, auditSource(request)),
        }),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/payments',
    {
      config: { access: { action: 'payments.list' } },
      schema: {
        tags,
        summary: 'Payments taken in a clinic-local date range, newest first, with totals by method',
        querystring: PaymentListQuery,
        response: { 200: PaymentList, ...problemResponses(400) },
      },
    },
    (request) => listPayments(ctx, request.query, auditSource(request)),
  );

  app.get(
    '/payments/:id',
    {
      config: { access: { action: 'billing.read' } },
      schema: { tags, params: PaymentParams, response: { 200: Payment, ...problemResponses(404) } },
    },
    (request) => getPayment(ctx, requireActor(request), request.params.id, auditSource(request)),
  );

  app.post(
    '/payments/:id/refund',
    {
      config: { access: { action: 'payments.refund' } },
      schema: {
        tags,
        summary: 'Refund all that remains of a payment, or part of it',
        params: PaymentParams,
        body: RefundInput,
        response: { 201: Refund, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await refundPayment(
            ctx,
            requireActor(request),
            request.params.id,
            request.body,
            auditSource(request),
          ),
        ),
  );

  app.get(
    '/day-closes',
    {
      config: { access: { action: 'day_close.read' } },
      schema: {
        tags,
        querystring: DayCloseListQuery,
        response: { 200: DayCloseList, ...problemResponses(400) },
      },
    },
    (request) => listDayCloses(ctx, request.query),
  );

  app.post(
    '/day-closes',
    {
      config: { access: { action: 'day_close.close' } },
      schema: {
        tags,
        summary: 'Close the books up to a clinic-local date: totals frozen, no more postings on or before it',
        body: DayCloseInput,
        response: { 201: DayClose, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await closeDay(ctx, request.body.date, auditSource(request))),
  );
};
