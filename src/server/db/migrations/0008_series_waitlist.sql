-- A recurring series as it was booked: the rule and the zone it was expanded in, so the desk
-- can read "every 2 weeks, 6 times" back. Its visits are ordinary appointments carrying series_id.
CREATE TABLE appointment_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  provider_id uuid NOT NULL REFERENCES providers (id),
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
  operatory_id uuid REFERENCES operatories (id),
  rrule text NOT NULL,
  time_zone text NOT NULL,
  first_start timestamptz NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appointment_series_patient ON appointment_series (patient_id);

ALTER TABLE appointments
  ADD CONSTRAINT appointments_series_fk FOREIGN KEY (series_id) REFERENCES appointment_series (id);

-- Patients waiting for an earlier visit of a type, on any date from…to (local dates in the clinic's zone).
CREATE TABLE waitlist_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of arrival, to break ties between entries made in the same instant.
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  patient_id uuid NOT NULL REFERENCES patients (id),
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
  -- NULL: any provider who offers the type.
  provider_id uuid REFERENCES providers (id),
  from_date date NOT NULL,
  to_date date NOT NULL CHECK (to_date >= from_date),
  notes text,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'fulfilled', 'withdrawn')),
  appointment_id uuid REFERENCES appointments (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'fulfilled') = (appointment_id IS NOT NULL))
);
-- First come, first offered: freed time goes to the oldest waiting entries of the type.
CREATE INDEX waitlist_entries_waiting ON waitlist_entries (appointment_type_id, created_at, seq)
  WHERE status = 'waiting';
CREATE INDEX waitlist_entries_patient ON waitlist_entries (patient_id);

-- Freed time offered to a waiting entry. An open offer past expires_at reads as expired; nothing sweeps it.
CREATE TABLE waitlist_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES waitlist_entries (id),
  provider_id uuid NOT NULL REFERENCES providers (id),
  operatory_id uuid REFERENCES operatories (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  expires_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'superseded', 'withdrawn')),
  -- The cancelled or moved appointment whose time this was.
  freed_appointment_id uuid REFERENCES appointments (id),
  appointment_id uuid REFERENCES appointments (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'accepted') = (appointment_id IS NOT NULL))
);
CREATE INDEX waitlist_offers_entry ON waitlist_offers (entry_id, created_at);
CREATE INDEX waitlist_offers_open_slot ON waitlist_offers (provider_id, starts_at) WHERE status = 'open';
-- The same time freed twice (cancelled, rebooked, cancelled again) is offered to an entry once.
CREATE UNIQUE INDEX waitlist_offers_once_per_slot ON waitlist_offers (entry_id, provider_id, starts_at)
  WHERE status = 'open';
