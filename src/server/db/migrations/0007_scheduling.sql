CREATE TABLE providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  title text,
  color text NOT NULL DEFAULT '#228be6' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
  active boolean NOT NULL DEFAULT true,
  -- The provider's own login, when they have one (role 'provider'), so they can edit their hours.
  user_id uuid UNIQUE REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Local wall-clock times on ISO weekdays; turned into instants per date with the clinic's zone.
CREATE TABLE working_hours (
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time time NOT NULL,
  end_time time NOT NULL,
  CHECK (end_time > start_time),
  PRIMARY KEY (provider_id, weekday, start_time),
  EXCLUDE USING gist (provider_id WITH =, weekday WITH =, tsrange('2000-01-01'::date + start_time, '2000-01-01'::date + end_time) WITH &&)
);

CREATE TABLE time_off (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  period tstzrange NOT NULL CHECK (NOT isempty(period)),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX time_off_provider_period ON time_off USING gist (provider_id, period);

CREATE TABLE holidays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  date date NOT NULL UNIQUE,
  name text NOT NULL
);

CREATE TABLE appointment_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
  buffer_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
  price_cents integer NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
  color text NOT NULL DEFAULT '#40c057' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
  bookable_online boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which providers offer a type; a type with no rows here is offered by every provider.
CREATE TABLE appointment_type_providers (
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  PRIMARY KEY (appointment_type_id, provider_id)
);

CREATE TABLE operatories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  provider_id uuid NOT NULL REFERENCES providers (id),
  operatory_id uuid REFERENCES operatories (id),
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id),
  status text NOT NULL CHECK (status IN
    ('held', 'scheduled', 'confirmed', 'checked_in', 'in_progress', 'completed', 'cancelled', 'no_show', 'expired')),
  -- The visit itself, and the time the provider and chair are taken (the visit plus the type's buffer).
  period tstzrange NOT NULL CHECK (NOT isempty(period)),
  blocked tstzrange NOT NULL CHECK (blocked @> period),
  hold_expires_at timestamptz CHECK ((status = 'held') = (hold_expires_at IS NOT NULL) OR status = 'expired'),
  notes text,
  cancel_reason text,
  series_id uuid,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- What makes double booking impossible, whatever the code does and however requests race.
  CONSTRAINT appointments_provider_no_overlap EXCLUDE USING gist (provider_id WITH =, blocked WITH &&)
    WHERE (status NOT IN ('cancelled', 'expired')),
  CONSTRAINT appointments_operatory_no_overlap EXCLUDE USING gist (operatory_id WITH =, blocked WITH &&)
    WHERE (operatory_id IS NOT NULL AND status NOT IN ('cancelled', 'expired')),
  CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (patient_id WITH =, period WITH &&)
    WHERE (status NOT IN ('cancelled', 'expired'))
);
CREATE INDEX appointments_period ON appointments USING gist (period);
CREATE INDEX appointments_patient ON appointments (patient_id, lower(period));
CREATE INDEX appointments_series ON appointments (series_id) WHERE series_id IS NOT NULL;

-- A repeated POST with the same Idempotency-Key answers the first response and books nothing new.
CREATE TABLE idempotency_keys (
  actor_key text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_key, key)
);

-- Live calendar events, written in the transaction that changed the appointment and
-- announced with NOTIFY on commit, so every server process sharing the database hears them;
-- kept so that a reconnecting client can catch up from its Last-Event-ID.
CREATE TABLE live_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
