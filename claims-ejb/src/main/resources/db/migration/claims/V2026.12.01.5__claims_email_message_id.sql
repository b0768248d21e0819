-- An email's Message-ID: made at its first send, kept for its retries and for a send repeated after
-- one cut off by a dying instance (the same message to the recipient), new after a staff resend (a
-- new message). Random, so a restored database's reused ids do not repeat an old one.
ALTER TABLE email_outbox ADD COLUMN message_id VARCHAR(250);
