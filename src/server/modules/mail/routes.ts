import { DevMail, DevMailListQuery, DevMailPage, DevMailParams } from '../../../shared/dev-mail.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { getDevMail, listDevMail } from './service.ts';

/** The development mailbox: what would have been mailed, for installations without SMTP. */
export const devMailRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/dev/mail',
    {
      config: { access: { action: 'dev_mail.read' } },
      schema: {
        tags: ['dev-mail'],
        summary: 'Mail kept by the development mailbox, newest first',
        description: 'Answers 404 when SMTP is configured: mail is then really sent and not kept.',
        querystring: DevMailListQuery,
        response: { 200: DevMailPage, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    (request) => listDevMail(ctx, request.query),
  );

  app.get(
    '/dev/mail/:id',
    {
      config: { access: { action: 'dev_mail.read' } },
      schema: {
        tags: ['dev-mail'],
        summary: 'One mail of the development mailbox',
        params: DevMailParams,
        response: { 200: DevMail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => getDevMail(ctx, request.params.id),
  );
};
