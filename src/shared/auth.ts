import { z } from 'zod';
import { roles } from './permissions.ts';

// Trimmed before it is checked (a pasted address often brings a space along) and lower-cased,
// as accounts are found whatever the case.
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .check(z.email('Must be a valid email address'), z.maxLength(254));

/** Length only: strength is judged on the server, with the user's own details as context. */
export const NewPassword = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters');

export const IsoDate = z.iso.date('Must be a date like 1985-03-02');

// The calendar date is furthest ahead at UTC+14 (Kiritimati): a birth "today" anywhere is no
// later. Plain Date and string order rather than Temporal, which would weigh on the login page.
const latestDateOnEarth = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

/** A date of birth: a real date, not in the future. */
export const DateOfBirth = IsoDate.refine(
  // ISO dates (YYYY-MM-DD) sort as strings do.
  (value) => value <= latestDateOnEarth(),
  'Cannot be in the future',
);

export const Role = z.enum(roles);

export const RegisterInput = z.strictObject({
  email: Email,
  password: NewPassword,
  firstName: z.string().trim().min(1, 'Required').max(100),
  lastName: z.string().trim().min(1, 'Required').max(100),
  dateOfBirth: DateOfBirth,
  phone: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((phone) => (phone === '' ? undefined : phone)),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(256),
  totp: z.string().trim().max(32).optional().describe('Authenticator code or a recovery code'),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  role: Role,
  name: z.string(),
});

export const AccessGrant = z.object({
  accessToken: z.string(),
  expiresIn: z.int().describe('Seconds until the access token expires'),
  user: SessionUser,
  twoFactorEnrollmentRequired: z.boolean().describe('Staff must enrol in 2FA before doing anything else'),
  passwordChangeRequired: z
    .boolean()
    .describe('The password was generated and printed (first administrator): choose a new one first'),
});
export type AccessGrant = z.infer<typeof AccessGrant>;

export const CurrentUser = SessionUser.extend({
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
  twoFactorEnrollmentRequired: z.boolean(),
  patientId: z.uuid().optional(),
  providerId: z.uuid().optional(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const TokenInput = z.strictObject({ token: z.string().min(1).max(200) });
export const EmailInput = z.strictObject({ email: z.string().max(254) });
export const PasswordResetConfirmInput = z.strictObject({
  token: z.string().min(1).max(200),
  password: NewPassword,
});
export const AcceptInvitationInput = PasswordResetConfirmInput;
export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(256),
  newPassword: NewPassword,
});

export const TwoFactorSetup = z.object({
  secret: z.string().describe('Base32 secret for manual entry'),
  otpauthUrl: z.string(),
  qrCodeDataUrl: z.string().describe('PNG data URL of the otpauth QR code'),
});
export const TwoFactorCodeInput = z.strictObject({ code: z.string().trim().min(6).max(32) });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const SecurityPolicy = z.strictObject({
  requireStaffTwoFactor: z.boolean(),
});
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;
