-- Erasure requests (GDPR Art. 17): a customer asks, staff decide. What a claim that may still be
-- litigated needs is restricted (Art. 17(3)(e), Art. 18) until its retention ends; the customer's
-- address is then held here, not on the account, and released with the last restricted claim.
CREATE TABLE erasure_request (
    id               UUID          PRIMARY KEY,
    customer_id      UUID          NOT NULL REFERENCES customer (id),
    requested_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('REQUESTED', 'CARRIED_OUT', 'REFUSED')),
    decided_at       TIMESTAMPTZ,
    decided_by       VARCHAR(320),
    decision_note    VARCHAR(2000),
    restricted_until DATE,          -- the day the last restricted claim's retention ends
    held_email       VARCHAR(320),  -- the customer's address while claims are restricted; null after
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX erasure_request_open_idx ON erasure_request (customer_id) WHERE status = 'REQUESTED';
CREATE INDEX erasure_request_status_idx ON erasure_request (status, requested_at);

-- A restricted claim is hidden from everyday work; an anonymised one keeps no personal data (its
-- status, regime, flights, amounts and dates stay, as statistics).
ALTER TABLE claim ADD COLUMN restricted_at TIMESTAMPTZ,
                  ADD COLUMN anonymised_at TIMESTAMPTZ;
CREATE INDEX claim_retention_idx ON claim (status, deadline) WHERE anonymised_at IS NULL;

-- An erased customer keeps a row (claims refer to it) without an address: erased_at says since when.
ALTER TABLE customer ADD COLUMN erased_at TIMESTAMPTZ;
-- Every anonymised claim belongs to this one customer: nothing links it to its person any more.
INSERT INTO customer (id, email, erased_at) VALUES ('00000000-0000-0000-0000-000000000000', 'anonymised-claims@invalid', now());

-- Personal fields an anonymised claim no longer has.
ALTER TABLE claim ALTER COLUMN payout_iban_enc DROP NOT NULL,
                  ALTER COLUMN payout_iban_masked DROP NOT NULL,
                  ALTER COLUMN payout_holder DROP NOT NULL;
ALTER TABLE claim_passenger ALTER COLUMN first_name DROP NOT NULL,
                            ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE claim_signature ALTER COLUMN passenger_name DROP NOT NULL,
                            ALTER COLUMN signed_by DROP NOT NULL;
ALTER TABLE document_request ALTER COLUMN message DROP NOT NULL;
