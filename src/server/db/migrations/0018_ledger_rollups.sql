-- Reports over years of ledger (issue 14; `npm run bench -- reports`: 1.3M ledger rows).

-- The provider and type a charge was posted for, fixed when it is posted like the rest of the
-- row: production by provider or type then needs no join to the visits (the join of a year's
-- charges to their visits was most of that report's time), and a visit moved to another
-- provider after its fee was posted does not move the production already earned.
ALTER TABLE ledger_entries
  ADD COLUMN provider_id uuid REFERENCES providers (id),
  ADD COLUMN appointment_type_id uuid REFERENCES appointment_types (id);

ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_no_update;
UPDATE ledger_entries l
   SET provider_id = a.provider_id, appointment_type_id = a.appointment_type_id
  FROM appointments a
 WHERE a.id = l.appointment_id;
ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_no_update;

-- Filled from the visit by the database, so no way of posting (the service, a restore that
-- carries its own values, a bench's bulk insert) can leave them out.
CREATE FUNCTION ledger_entries_visit_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.appointment_id IS NOT NULL AND NEW.provider_id IS NULL THEN
    SELECT a.provider_id, a.appointment_type_id INTO NEW.provider_id, NEW.appointment_type_id
      FROM appointments a WHERE a.id = NEW.appointment_id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ledger_entries_visit_keys BEFORE INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_visit_keys();

-- Sums of days that can no longer change. A row is posted on the clinic's current date (or a
-- later open day), never an earlier one, and rows are never updated: once a date is two days
-- behind the clinic's today (a margin for a change of the clinic's time zone), its rows are
-- final. The reports sum such days once (reports/ledger-rollup.ts) and read the days since from
-- the ledger itself. These are caches of the ledger for reports, written only by that roll-up;
-- no screen or rule reads a balance from them, and `rolled_through` says how far they reach.
CREATE TABLE ledger_rollup (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  rolled_through date NOT NULL
);

-- Per date and kind, by the provider and by the type of the visit (NULL for money tied to no
-- visit): two narrow tables rather than one by both, which would hold a row per provider and
-- type a day (a year of a 60-provider clinic: 130,000 rows to add up instead of 25,000 and 4,000).
CREATE TABLE ledger_provider_day_totals (
  posted_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('charge', 'payment', 'refund', 'adjustment')),
  provider_id uuid,
  amount_cents bigint NOT NULL
);
CREATE INDEX ledger_provider_day_totals_posted ON ledger_provider_day_totals (posted_on)
  INCLUDE (kind, provider_id, amount_cents);
CREATE TABLE ledger_type_day_totals (
  posted_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('charge', 'payment', 'refund', 'adjustment')),
  appointment_type_id uuid,
  amount_cents bigint NOT NULL
);
CREATE INDEX ledger_type_day_totals_posted ON ledger_type_day_totals (posted_on)
  INCLUDE (kind, appointment_type_id, amount_cents);

-- Each patient's balance effect summed over the rolled-up days (aging adds the days since).
CREATE TABLE ledger_patient_totals (
  patient_id uuid PRIMARY KEY REFERENCES patients (id),
  balance_cents bigint NOT NULL
);

-- Production and the summary's money read recent days from the ledger by date with the new keys;
-- aging reads the last 90 days by date. One covering index by date serves all three, in place
-- of the two it supersedes (and of billing's plain one by date, which it makes redundant).
CREATE INDEX ledger_entries_by_day ON ledger_entries (posted_on)
  INCLUDE (kind, amount_cents, patient_id, provider_id, appointment_type_id);
DROP INDEX ledger_entries_reporting;
DROP INDEX ledger_entries_kind_posted;
DROP INDEX ledger_entries_posted_on;

-- Aging adds every patient's sums into their account: with the account beside the id, that is
-- a read of this index, not of every patient's row.
CREATE INDEX patients_with_account ON patients (id) INCLUDE (account_id);

-- A row dated on or before the summed dates (the clinic's clock or zone set back, demo visits
-- seeded into past days) would be missing from their sums: the sums are dropped, and the next
-- report makes them again from the ledger. Rare, so one read of one row per posting is all it
-- costs otherwise.
CREATE FUNCTION ledger_entries_reset_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM ledger_rollup WHERE rolled_through >= NEW.posted_on) THEN
    DELETE FROM ledger_provider_day_totals;
    DELETE FROM ledger_type_day_totals;
    DELETE FROM ledger_patient_totals;
    DELETE FROM ledger_rollup;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ledger_entries_reset_rollup AFTER INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_reset_rollup();
