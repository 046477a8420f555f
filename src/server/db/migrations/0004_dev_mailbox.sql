-- Without SMTP, outgoing mail is kept here so that an admin can read it at /dev/mail.
CREATE TABLE dev_mailbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Newest-first pages are read by (created_at, id); id breaks ties between mails sent in one transaction.
CREATE INDEX dev_mailbox_created_at ON dev_mailbox (created_at, id);
