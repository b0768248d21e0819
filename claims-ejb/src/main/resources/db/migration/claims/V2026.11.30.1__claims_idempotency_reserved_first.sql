-- The Idempotency-Key is reserved first in the submitting transaction, before its claim row exists:
-- the reference to the claim is checked at commit.
ALTER TABLE idempotency_key ALTER CONSTRAINT idempotency_key_claim_id_fkey DEFERRABLE INITIALLY DEFERRED;
