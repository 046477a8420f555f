import { z } from 'zod';
import { CreateUserInput, ListQuery, UpdateUserInput, User, UserList } from '../../../shared/users.ts';
import { auditSource, requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { resetTwoFactor, updateUser } from './update-user.ts';

const tags = ['users'];
const UserParams = z.strictObject({ id: z.uuid('Not a user id') });

export const usersRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/users',
    {
      config: { access: { action: 'users.read' } },
      schema: { tags, querystring: ListQuery, response: { 200: UserList } },
    },
    (request) => listUsers(ctx, request.query),
  );

  app.post(
    '/users',
    {
      config: { access: { action: 'users.manage' } },
      schema: { tags, body: CreateUserInput, response: { 201: User, ...problemResponses(400, 409, 422) } },
    },
    async (request, reply) => {
      return reply
        .code(201)
        .send(await createUser(ctx, requireActor(request), request.body, auditSource(request)));
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: { action: 'users.manage' } },
      schema: {
        tags,
        params: UserParams,
        body: UpdateUserInput,
        response: { 200: User, ...problemResponses(400, 404, 422) },
      },
    },
    (request) =>
      updateUser(ctx, requireActor(request), request.params.id, request.body, auditSource(request)),
  );

  app.post(
    '/users/:id/reset-2fa',
    {
      config: { access: { action: 'users.manage' } },
      schema: { tags, params: UserParams, response: { 204: z.null(), ...problemResponses(404) } },
    },
    async (request, reply) => {
      await resetTwoFactor(ctx, request.params.id, auditSource(request));
      return reply.code(204).send(null);
    },
  );
};
