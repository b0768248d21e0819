-- The staff list's free-text search: trigram indexes let "contains" matches on customer email and
-- passenger name use an index (measured in docs/benchmarks.md). pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it; otherwise a DBA creates it once beforehand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX customer_email_trgm_idx ON customer USING gin (lower(email) gin_trgm_ops);
CREATE INDEX claim_passenger_name_trgm_idx ON claim_passenger USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
CREATE INDEX claim_passenger_booking_idx ON claim_passenger (booking_reference);

-- The "flagged" queue is small: a partial index keeps it from scanning every claim.
CREATE INDEX claim_flagged_idx ON claim (created_at DESC) WHERE flagged;
