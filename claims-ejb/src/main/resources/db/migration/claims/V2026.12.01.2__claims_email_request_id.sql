-- The request that queued an email: sent as its X-Request-Id header, so a customer's "I got this
-- mail" leads to the request's log line.
ALTER TABLE email_outbox ADD COLUMN request_id VARCHAR(64);
