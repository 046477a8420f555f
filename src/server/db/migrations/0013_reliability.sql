-- Reliability and hostile-client hardening (issue 17).

-- Two tabs refreshing at once: the slower one may present the token the faster one has just
-- spent. A token spent because a sibling was rotated is never granted that grace.
ALTER TABLE refresh_tokens ADD COLUMN superseded boolean NOT NULL DEFAULT false;

-- An Idempotency-Key reservation is a lease: a process that crashed while holding it leaves a
-- reservation that a retry takes over once the lease has run out.
ALTER TABLE idempotency_keys ADD COLUMN reserved_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- Attempts counted in one row per bucket and fixed window, so that one statement both counts
-- and decides: parallel requests cannot all read "4 so far" and all go ahead.
CREATE TABLE throttle_counters (
  bucket text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  attempts integer NOT NULL CHECK (attempts >= 0)
);
CREATE INDEX throttle_counters_window ON throttle_counters (window_started_at);
-- Replaced by throttle_counters: counting rows after the fact let parallel attempts through.
DROP TABLE throttle_events;

-- Retention deletes by age.
CREATE INDEX live_events_created_at ON live_events (created_at);
