-- A patient's medical history is a chain of versions: every change appends the next one and
-- nothing is ever rewritten, so what the clinic knew at any moment can be shown later (a
-- clinical and legal record). The current history is the highest version.
CREATE TABLE medical_history_versions (
  -- No ON DELETE: a patient with a medical history is archived, never deleted.
  patient_id uuid NOT NULL REFERENCES patients (id),
  version integer NOT NULL CHECK (version > 0),
  allergies jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(allergies) = 'array'),
  medications jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(medications) = 'array'),
  conditions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(conditions) = 'array'),
  alerts jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(alerts) = 'array'),
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users (id),
  -- The role held when writing (a patient or a staff role); roles can change later.
  created_by_role text NOT NULL,
  -- Also the index for "latest version of each patient" (DISTINCT ON, backward scan).
  PRIMARY KEY (patient_id, version)
);

CREATE FUNCTION medical_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is not allowed: medical history versions are append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER medical_history_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON medical_history_versions
  FOR EACH ROW EXECUTE FUNCTION medical_history_refuse_change();
CREATE TRIGGER medical_history_versions_no_truncate
  BEFORE TRUNCATE ON medical_history_versions
  FOR EACH STATEMENT EXECUTE FUNCTION medical_history_refuse_change();

-- Versions count 1, 2, 3… with no gaps. The application locks the patient row before
-- appending; this catches a writer that does not. Two unlocked writers may both pass this
-- check with the same number, and then the primary key refuses the second.
CREATE FUNCTION medical_history_versions_next_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  latest integer;
BEGIN
  SELECT max(version) INTO latest FROM medical_history_versions WHERE patient_id = NEW.patient_id;
  IF NEW.version <> coalesce(latest, 0) + 1 THEN
    RAISE EXCEPTION 'medical history version % of patient % does not follow version %',
      NEW.version, NEW.patient_id, coalesce(latest, 0)
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER medical_history_versions_next_only
  BEFORE INSERT ON medical_history_versions
  FOR EACH ROW EXECUTE FUNCTION medical_history_versions_next_only();

