-- Accent-insensitive search ("joao" finds "João"). unaccent() is only STABLE because its
-- dictionary could change; pinning the dictionary makes it safe to index.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION immutable_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;

ALTER TABLE clinic_settings
  ADD COLUMN locale text NOT NULL DEFAULT 'en-US',
  ADD COLUMN country char(2) NOT NULL DEFAULT 'US';

ALTER TABLE patients
  ADD COLUMN preferred_name text,
  ADD COLUMN sex text CHECK (sex IN ('female', 'male', 'intersex', 'unknown')),
  ADD COLUMN secondary_phone text,
  ADD COLUMN address jsonb,
  ADD COLUMN emergency_contact jsonb,
  ADD COLUMN preferred_contact text CHECK (preferred_contact IN ('email', 'sms', 'phone', 'mail')),
  ADD COLUMN notes text,
  ADD COLUMN insurance jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN guardian_patient_id uuid REFERENCES patients (id),
  ADD COLUMN guardian_contact jsonb,
  ADD COLUMN archived_at timestamptz,
  -- Bumped on every write; the ETag a client must echo in If-Match.
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN created_by uuid REFERENCES users (id),
  ADD COLUMN updated_by uuid REFERENCES users (id),
  ADD CONSTRAINT patients_not_own_guardian CHECK (guardian_patient_id <> id);

ALTER TABLE patients
  ADD COLUMN search_name text GENERATED ALWAYS AS (
    lower(immutable_unaccent(first_name || ' ' || last_name || coalesce(' ' || preferred_name, '')))
  ) STORED,
  ADD COLUMN phone_digits text GENERATED ALWAYS AS (
    regexp_replace(coalesce(phone, '') || ' ' || coalesce(secondary_phone, ''), '[^0-9 ]', '', 'g')
  ) STORED;

CREATE INDEX patients_search_name_trgm ON patients USING gin (search_name gin_trgm_ops);
CREATE INDEX patients_phone_digits_trgm ON patients USING gin (phone_digits gin_trgm_ops);
CREATE INDEX patients_email_lower ON patients (lower(email) text_pattern_ops);
CREATE INDEX patients_date_of_birth ON patients (date_of_birth);
CREATE INDEX patients_list_order ON patients (last_name, first_name, id);
CREATE INDEX patients_guardian ON patients (guardian_patient_id) WHERE guardian_patient_id IS NOT NULL;
