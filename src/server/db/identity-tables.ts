import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Address, EmergencyContact, GuardianContact, InsurancePolicy } from '../../shared/patients.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const patients = pgTable('patients', {
  id: uuid('id').primaryKey().defaultRandom(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  preferredName: text('preferred_name'),
  dateOfBirth: date('date_of_birth').notNull(),
  sex: text('sex', { enum: ['female', 'male', 'intersex', 'unknown'] }),
  email: text('email'),
  phone: text('phone'),
  secondaryPhone: text('secondary_phone'),
  address: jsonb('address').$type<Address>(),
  emergencyContact: jsonb('emergency_contact').$type<z.infer<typeof EmergencyContact>>(),
  preferredContact: text('preferred_contact', { enum: ['email', 'sms', 'phone', 'mail'] }),
  notes: text('notes'),
  insurance: jsonb('insurance').$type<InsurancePolicy[]>().notNull().default([]),
  guardianPatientId: uuid('guardian_patient_id'),
  guardianContact: jsonb('guardian_contact').$type<z.infer<typeof GuardianContact>>(),
  guarantorPatientId: uuid('guarantor_patient_id'),
  language: text('language', { enum: ['en', 'pt-BR'] }),
  archivedAt: timestamptz('archived_at'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  updatedBy: uuid('updated_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  // Maintained by PostgreSQL (see 0005_patients.sql); indexed for search.
  searchName: text('search_name').generatedAlwaysAs(sql`''`),
  phoneDigits: text('phone_digits').generatedAlwaysAs(sql`''`),
  // The billing account: guarantor, else guardian, else the patient (see 0012_billing.sql).
  accountId: uuid('account_id').generatedAlwaysAs(sql`''`),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role', { enum: ['admin', 'manager', 'staff', 'provider', 'patient'] }).notNull(),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  emailVerifiedAt: timestamptz('email_verified_at'),
  patientId: uuid('patient_id'),
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamptz('totp_enabled_at'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  tokenVersion: integer('token_version').notNull().default(0),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (table) => [primaryKey({ columns: [table.userId, table.codeHash] })],
);

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  expiresAt: timestamptz('expires_at').notNull(),
  revokedAt: timestamptz('revoked_at'),
  revokedReason: text('revoked_reason'),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const refreshTokens = pgTable('refresh_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  sessionId: uuid('session_id').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  usedAt: timestamptz('used_at'),
  /** Spent because a sibling issued in the refresh grace was rotated, not by its own use. */
  superseded: boolean('superseded').notNull().default(false),
});

export const userTokens = pgTable('user_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  purpose: text('purpose', { enum: ['verify_email', 'password_reset', 'invitation'] }).notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  expiresAt: timestamptz('expires_at').notNull(),
  usedAt: timestamptz('used_at'),
});

export const throttleCounters = pgTable('throttle_counters', {
  bucket: text('bucket').primaryKey(),
  windowStartedAt: timestamptz('window_started_at').notNull(),
  attempts: integer('attempts').notNull(),
});

export const securityPolicy = pgTable('security_policy', {
  id: smallint('id').primaryKey().default(1),
  requireStaffTwoFactor: boolean('require_staff_two_factor').notNull().default(false),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});
