-- The audit viewer filters by action (issue 14). Without this, a rare action on a long trail
-- walks the whole primary key backwards to fill a page; with it, newest first within one
-- action is an index range read, like the actor and patient filters of 0003_audit.sql.
CREATE INDEX audit_events_action ON audit_events (action, seq);
