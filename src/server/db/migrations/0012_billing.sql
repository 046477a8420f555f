-- Billing: an append-only ledger per patient, grouped into accounts by guarantor.
-- Balances, aging and totals are always derived from ledger_entries; no table stores a balance.

-- A patient's account is their guarantor's: the guarantor set on the record, else the
-- guardian, else the patient themself.
ALTER TABLE patients
  ADD COLUMN guarantor_patient_id uuid REFERENCES patients (id),
  ADD CONSTRAINT patients_not_own_guarantor CHECK (guarantor_patient_id <> id),
  ADD COLUMN account_id uuid GENERATED ALWAYS AS (coalesce(guarantor_patient_id, guardian_patient_id, id)) STORED;
CREATE INDEX patients_account ON patients (account_id);
-- The language receipts, statements and (later) messages are written in; NULL: the clinic's.
ALTER TABLE patients ADD COLUMN language text CHECK (language IN ('en', 'pt-BR'));

-- Booking a type with a deposit online holds the time while the patient pays it.
ALTER TABLE appointment_types
  ADD COLUMN deposit_cents integer NOT NULL DEFAULT 0 CHECK (deposit_cents >= 0);

CREATE TABLE payment_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Only the SHA-256 of the token is kept: a leaked table cannot be turned into links.
  token_hash text NOT NULL UNIQUE,
  patient_id uuid NOT NULL REFERENCES patients (id),
  -- NULL: whatever the account owes when the link is opened.
  amount_cents integer CHECK (amount_cents > 0),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  method text NOT NULL CHECK (method IN ('cash', 'card_terminal', 'check', 'stripe')),
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  currency char(3) NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
  -- Terminal slip, check number, or whatever the desk wrote down.
  reference text,
  -- Gap-free per clinic: taken from receipt_counter in the transaction that settles the payment.
  receipt_number integer UNIQUE,
  stripe_checkout_session_id text UNIQUE,
  stripe_payment_intent_id text UNIQUE,
  failure_reason text,
  -- A deposit: the held appointment it pays for.
  appointment_id uuid REFERENCES appointments (id),
  payment_link_id uuid REFERENCES payment_links (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  CHECK ((status = 'succeeded') = (receipt_number IS NOT NULL))
);
CREATE INDEX payments_patient ON payments (patient_id, created_at);
CREATE INDEX payments_created_at ON payments (created_at);

CREATE TABLE refunds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id uuid NOT NULL REFERENCES payments (id),
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  stripe_refund_id text UNIQUE,
  failure_reason text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz
);
CREATE INDEX refunds_payment ON refunds (payment_id);

CREATE TABLE ledger_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id),
  kind text NOT NULL CHECK (kind IN ('charge', 'payment', 'refund', 'adjustment')),
  -- As shown: charges, payments and refunds positive (a negative charge only reverses one),
  -- adjustments signed (negative = discount or write-off). The balance adds charges, refunds
  -- and adjustments and subtracts payments.
  amount_cents integer NOT NULL CHECK (amount_cents <> 0),
  currency char(3) NOT NULL,
  description text NOT NULL,
  posted_at timestamptz NOT NULL,
  -- The clinic-local date it belongs to; a closed date takes no new rows.
  posted_on date NOT NULL,
  appointment_id uuid REFERENCES appointments (id),
  payment_id uuid REFERENCES payments (id),
  refund_id uuid REFERENCES refunds (id),
  -- A charge that takes back an earlier one (a completion undone); never both reversed twice.
  reverses_entry_id uuid UNIQUE REFERENCES ledger_entries (id),
  -- The fee a completed visit posted (told apart from hand-posted charges on the same visit).
  visit_fee boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  CHECK (kind IN ('charge', 'adjustment') OR amount_cents > 0),
  CHECK (amount_cents > 0 OR kind = 'adjustment' OR reverses_entry_id IS NOT NULL),
  CHECK (kind <> 'payment' OR payment_id IS NOT NULL),
  CHECK (kind <> 'refund' OR refund_id IS NOT NULL)
);
CREATE INDEX ledger_entries_patient ON ledger_entries (patient_id, posted_at, id);
CREATE INDEX ledger_entries_posted_on ON ledger_entries (posted_on);
CREATE INDEX ledger_entries_appointment ON ledger_entries (appointment_id) WHERE appointment_id IS NOT NULL;
-- One ledger row per settled payment and per settled refund, whatever retries happen.
CREATE UNIQUE INDEX ledger_entries_one_per_payment ON ledger_entries (payment_id) WHERE kind = 'payment';
CREATE UNIQUE INDEX ledger_entries_one_per_refund ON ledger_entries (refund_id) WHERE kind = 'refund';

-- Rows are facts: the application only inserts them.
CREATE FUNCTION ledger_entries_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are immutable' USING ERRCODE = 'raise_exception';
END $$;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_are_immutable();

CREATE TABLE receipt_counter (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  last_number integer NOT NULL
);
INSERT INTO receipt_counter (id, last_number) VALUES (1, 0);

CREATE TABLE day_closes (
  date date PRIMARY KEY,
  -- Frozen at closing: { byMethod: { cash: n, … }, paymentsCents, refundsCents, chargesCents, adjustmentsCents }
  totals jsonb NOT NULL,
  closed_by uuid REFERENCES users (id),
  closed_at timestamptz NOT NULL DEFAULT now()
);

-- Each Stripe event is applied once: its id is inserted in the transaction that applies it.
CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
