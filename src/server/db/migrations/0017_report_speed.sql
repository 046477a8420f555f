-- Reports over a large clinic (issue 14; `npm run bench -- reports`: 10^5 patients, 10^6 visits).

-- The tallies (summary, utilization, appointments report) read a year of visits by start time
-- and group them by provider, chair and status. appointments_reporting covers them too, but it
-- is wide enough (ids of patient and type besides) that at the default random_page_cost the
-- planner reads half of the table instead, twice as slow. This one holds only what a tally reads
-- and only the visits it counts (holds are not visits), so a year is an index-only range read.
CREATE INDEX appointments_tallies ON appointments (lower(period))
  INCLUDE (provider_id, operatory_id, status, period, cancelled_at)
  WHERE status NOT IN ('held', 'expired');

-- The summary's money: each kind's sum over the period and up to its end (what accounts owed).
-- In kind order the sums are four streamed ranges, not a hash of every ledger row up to `to`.
CREATE INDEX ledger_entries_kind_posted ON ledger_entries (kind, posted_on) INCLUDE (amount_cents);

-- Aging adds each patient's sums into their account: the patients on someone else's account
-- (a guarantor or guardian set, a minority) are looked up by id. With their account in the
-- index, and only them, the lookup is an index-only read of a small index instead of a visit
-- to every patient's row, which measured a fifth of the whole aging query.
CREATE INDEX patients_account_members ON patients (id) INCLUDE (account_id) WHERE account_id <> id;
