-- Reports (issue 14): what the clinic's figures need that the tables did not keep, and the
-- indexes that let a year of them be aggregated without reading whole tables.

-- When a visit was cancelled, to tell late cancellations (inside the notice window) apart.
-- Set by the database whenever a row becomes cancelled, whichever code path cancels it, from
-- the row's updated_at (the application's clock, which every cancelling path sets). A later
-- edit of a cancelled visit's notes moves updated_at but not this.
ALTER TABLE appointments ADD COLUMN cancelled_at timestamptz;
-- Visits cancelled before this migration: updated_at is the best record of when.
UPDATE appointments SET cancelled_at = updated_at WHERE status = 'cancelled';

CREATE FUNCTION appointments_stamp_cancellation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'cancelled' AND NEW.cancelled_at IS NULL
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'cancelled') THEN
    NEW.cancelled_at := NEW.updated_at;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER appointments_cancellation_time BEFORE INSERT OR UPDATE OF status ON appointments
  FOR EACH ROW EXECUTE FUNCTION appointments_stamp_cancellation();

-- Appointment reports scan a period by start time and group by status, provider, type, chair
-- or patient; the production report matches a period's fees to their visits by id. What they
-- read is in the index (period itself too: PostgreSQL computes lower(period) from the column,
-- not from the key), so a year is one index-only range scan, not a read of the table.
CREATE INDEX appointments_reporting ON appointments (lower(period))
  INCLUDE (id, status, provider_id, appointment_type_id, operatory_id, patient_id, period, cancelled_at);

-- A patient's first completed visit: one index-only probe per patient seen in a period.
CREATE INDEX appointments_completed_patient ON appointments (patient_id, lower(period)) INCLUDE (period)
  WHERE status = 'completed';

-- Production, adjustments and collections by posting date, with the visit a charge belongs to.
CREATE INDEX ledger_entries_reporting ON ledger_entries (posted_on)
  INCLUDE (kind, amount_cents, appointment_id);

-- Aging and balances per account: every row of a patient up to a date, without the table.
CREATE INDEX ledger_entries_patient_aging ON ledger_entries (patient_id, posted_on)
  INCLUDE (kind, amount_cents);
