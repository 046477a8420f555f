import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import type { DocumentFile } from './document-file.ts';
import { getReceipt } from './get-receipt.ts';
import { getStatement } from './get-statement.ts';

const tags = ['billing'];
const PaymentParams = z.strictObject({ id: z.uuid('Not a payment id') });
const StatementParams = z.strictObject({ guarantorId: z.uuid('Not a patient id') });
const pdfResponse = {
  description: 'The document (application/pdf)',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};

/** Receipts and account statements, rendered as PDF on every request (nothing is stored). */
export const billingDocumentRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/payments/:id/receipt.pdf',
    {
      config: { access: { action: 'billing.read' } },
      schema: {
        tags,
        summary: 'The receipt of a settled payment, in the patient’s language',
        params: PaymentParams,
        response: { 200: pdfResponse, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await getReceipt(ctx, requireActor(request), request.params.id, auditSource(request))),
  );

  app.get(
    '/statements/:guarantorId.pdf',
    {
      config: { access: { action: 'billing.read' } },
      schema: {
        tags,
        summary: 'The account statement: entries since the balance was last zero, aging, how to pay',
        params: StatementParams,
        response: { 200: pdfResponse, ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await getStatement(ctx, requireActor(request), request.params.guarantorId, auditSource(request)),
      ),
  );
};

function sendPdf(reply: FastifyReply, file: DocumentFile): FastifyReply {
  // Patient data: neither the browser nor anything in between may keep a copy.
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.pdf);
}
