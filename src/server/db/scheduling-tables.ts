import {
  bigint,
  boolean,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A tstzrange column. It is written with `tstzrange(start, end)` and read through
 * `lower()`/`upper()` (see scheduling queries), so the driver's text form is never parsed.
 */
const tstzrange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzrange' });

export const providers = pgTable('providers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  title: text('title'),
  color: text('color').notNull().default('#228be6'),
  active: boolean('active').notNull().default(true),
  userId: uuid('user_id'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const workingHours = pgTable(
  'working_hours',
  {
    providerId: uuid('provider_id').notNull(),
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
  },
  (table) => [primaryKey({ columns: [table.providerId, table.weekday, table.startTime] })],
);

export const timeOff = pgTable('time_off', {
  id: uuid('id').primaryKey().defaultRandom(),
  providerId: uuid('provider_id').notNull(),
  period: tstzrange('period').notNull(),
  reason: text('reason'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const holidays = pgTable('holidays', {
  id: uuid('id').primaryKey().defaultRandom(),
  date: date('date').notNull(),
  name: text('name').notNull(),
});

export const appointmentTypes = pgTable('appointment_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  bufferMinutes: integer('buffer_minutes').notNull().default(0),
  priceCents: integer('price_cents').notNull().default(0),
  depositCents: integer('deposit_cents').notNull().default(0),
  color: text('color').notNull().default('#40c057'),
  bookableOnline: boolean('bookable_online').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const appointmentTypeProviders = pgTable(
  'appointment_type_providers',
  {
    appointmentTypeId: uuid('appointment_type_id').notNull(),
    providerId: uuid('provider_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.appointmentTypeId, table.providerId] })],
);

export const operatories = pgTable('operatories', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const appointmentStatuses = [
  'held',
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
  'expired',
] as const;

export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: uuid('patient_id').notNull(),
  providerId: uuid('provider_id').notNull(),
  operatoryId: uuid('operatory_id'),
  appointmentTypeId: uuid('appointment_type_id').notNull(),
  status: text('status', { enum: appointmentStatuses }).notNull(),
  period: tstzrange('period').notNull(),
  blocked: tstzrange('blocked').notNull(),
  holdExpiresAt: timestamptz('hold_expires_at'),
  notes: text('notes'),
  cancelReason: text('cancel_reason'),
  seriesId: uuid('series_id'),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorKey: text('actor_key').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    /** When the running request took the key; statusCode 0 until it answers. */
    reservedAt: timestamptz('reserved_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.actorKey, table.key] })],
);

export const liveEvents = pgTable('live_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});
