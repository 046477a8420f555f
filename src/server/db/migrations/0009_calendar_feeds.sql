-- A provider's calendar subscription. A calendar app can send nothing but the URL, so the
-- random token in it is the whole credential: only its SHA-256 is stored (a leaked table
-- grants no feed), and a token is revoked rather than deleted so that audit rows naming
-- it keep their meaning.
CREATE TABLE calendar_feed_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users (id),
  revoked_at timestamptz
);

-- At most one live feed per provider: issuing a new token revokes the old one in the same
-- transaction, and this index refuses a second live token whatever the code does.
CREATE UNIQUE INDEX calendar_feed_tokens_one_live ON calendar_feed_tokens (provider_id)
  WHERE revoked_at IS NULL;
