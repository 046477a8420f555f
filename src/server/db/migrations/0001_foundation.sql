-- Exclusion constraints on appointment ranges need btree_gist; fuzzy patient search needs pg_trgm.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One clinic per installation: a single row, created here so that GET /clinic always answers.
CREATE TABLE clinic_settings (
  id smallint PRIMARY KEY DEFAULT 1 CONSTRAINT clinic_settings_single_row CHECK (id = 1),
  name text NOT NULL,
  time_zone text NOT NULL,
  currency char(3) NOT NULL,
  phone text,
  address text,
  min_notice_minutes integer NOT NULL CHECK (min_notice_minutes >= 0),
  max_advance_days integer NOT NULL CHECK (max_advance_days >= 1),
  cancellation_notice_hours integer NOT NULL CHECK (cancellation_notice_hours >= 0),
  slot_step_minutes integer NOT NULL CHECK (slot_step_minutes BETWEEN 5 AND 120),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO clinic_settings
  (name, time_zone, currency, min_notice_minutes, max_advance_days, cancellation_notice_hours, slot_step_minutes)
VALUES ('TopSmile Dental', 'UTC', 'USD', 120, 90, 24, 15);
