-- The audit trail (ARCHITECTURE.md "Audit is append-only"). Each row carries an HMAC over its
-- content and the previous row's MAC; the key lives in the configuration, never here, so
-- whoever can write to the database still cannot forge a row that verifies.
CREATE TABLE audit_events (
  -- Assigned by the writer from audit_chain_head, not by a sequence: sequences are not
  -- transactional, so an audited transaction that rolls back would leave a hole that the
  -- verifier could not tell from a deleted row. NOT NULL with no default also means an
  -- INSERT that bypasses the chain fails instead of silently taking a number.
  seq bigint PRIMARY KEY CHECK (seq > 0),
  id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  -- Written by the application at millisecond precision (the MAC covers its ISO form, and a
  -- JavaScript Date has no microseconds); the value comes from the database clock,
  -- read after the chain lock is held, so it never goes backwards along seq.
  at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  -- No foreign keys: the audit must outlive the users and patients it mentions.
  actor_id uuid,
  actor_role text,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  patient_id uuid,
  ip text,
  user_agent text,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  detail jsonb,
  prev_mac text NOT NULL,
  mac text NOT NULL
);

-- The list answers newest first (seq descending) within each filter.
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_actor ON audit_events (actor_id, seq) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_events_patient ON audit_events (patient_id, seq) WHERE patient_id IS NOT NULL;

-- One row, locked FOR UPDATE by every writer: several server processes on one PostgreSQL
-- then append strictly one after another, and the verifier can tell a truncated tail
-- (the head names a row that is gone) from a chain that simply ends.
CREATE TABLE audit_chain_head (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  last_seq bigint NOT NULL CHECK (last_seq >= 0),
  last_mac text NOT NULL
);
-- The first event chains to this fixed value: genesisMac in src/server/modules/audit/audit-mac.ts.
INSERT INTO audit_chain_head (id, last_seq, last_mac) VALUES (1, 0, 'topsmile-audit-genesis');

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: the audit trail is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_chain_head_no_delete
  BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Every insert must extend the chain exactly where the head says it ends, and moves the head
-- along in the same statement: the application inserts and nothing else, and a row that
-- skips a number or links to the wrong predecessor is refused at once. (Only the key can
-- tell a genuine MAC from a forged one; that is the verifier's job.)
CREATE FUNCTION audit_events_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_head%ROWTYPE;
BEGIN
  -- Already held by a writer that follows the protocol; taken here for one that does not.
  SELECT * INTO STRICT head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  IF NEW.seq <> head.last_seq + 1 OR NEW.prev_mac <> head.last_mac THEN
    RAISE EXCEPTION 'audit event #% does not extend the chain, which ends at #%', NEW.seq, head.last_seq
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  UPDATE audit_chain_head SET last_seq = NEW.seq, last_mac = NEW.mac WHERE id = 1;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_extend_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_extend_chain();

-- The head moves only through the trigger above (nested, so depth 2), so application code
-- cannot rewind it to hide a removed tail.
CREATE FUNCTION audit_chain_head_moved_by_inserts_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'audit_chain_head moves only by inserting into audit_events'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_chain_head_moved_by_inserts_only
  BEFORE UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_moved_by_inserts_only();
