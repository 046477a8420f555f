-- First run (issue 15): an administrator created with a printed, generated password must choose
-- their own at the first login; changing the password clears the flag.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
