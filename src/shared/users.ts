import { z } from 'zod';
import { Email, NewPassword, Role } from './auth.ts';

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
  invitationPending: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof User>;

/** Staff accounts only: patients sign up themselves or are invited from their record. */
export const StaffRole = z.enum(['admin', 'manager', 'staff', 'provider']);

export const CreateUserInput = z.strictObject({
  email: Email,
  name: z.string().trim().min(1, 'Required').max(200),
  role: StaffRole,
  password: NewPassword.optional().describe('Set a password now instead of mailing an invitation'),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.strictObject({
  name: z.string().trim().min(1, 'Required').max(200).optional(),
  role: StaffRole.optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const UserList = z.object({ items: z.array(User), nextCursor: z.string().nullable() });
