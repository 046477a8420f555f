-- Search as you type answers most keystrokes from the start of a name, email or phone number.
-- These btree indexes make those answers a short ordered index scan even when a three-letter
-- fragment matches a tenth of the patients; fuzzy (trigram) matching is only the fallback.
CREATE INDEX patients_last_name_prefix ON patients ((lower(immutable_unaccent(last_name))) text_pattern_ops, first_name)
  WHERE archived_at IS NULL;
CREATE INDEX patients_first_name_prefix ON patients ((lower(immutable_unaccent(first_name))) text_pattern_ops, last_name)
  WHERE archived_at IS NULL;
