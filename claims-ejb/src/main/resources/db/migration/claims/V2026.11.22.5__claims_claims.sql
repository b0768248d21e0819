-- Claims: what the customer submitted, what the engine said at submission, and the workflow.
CREATE SEQUENCE claim_reference_seq;

CREATE TABLE claim (
    id                   UUID          PRIMARY KEY,
    reference            VARCHAR(20)   NOT NULL UNIQUE,
    customer_id          UUID          NOT NULL REFERENCES customer (id),
    status               VARCHAR(24)   NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'DOCUMENTS_REQUESTED',
                                                               'RESUBMITTED', 'APPROVED', 'REJECTED', 'PAID', 'WITHDRAWN')),
    regime               VARCHAR(8)    NOT NULL CHECK (regime IN ('EU261', 'UK261')),
    itinerary_json       TEXT          NOT NULL,   -- the legs as submitted
    disruption_json      TEXT          NOT NULL,   -- the engine's input as submitted
    assessment_json      TEXT          NOT NULL,   -- the engine's result for the chosen regime, with reasons
    amount               NUMERIC(12,2),            -- what the engine found due, in currency
    currency             CHAR(3),
    manual_review        BOOLEAN       NOT NULL,
    deadline             DATE,                     -- the earliest limitation deadline found
    first_flight_date    DATE,
    contact_phone        VARCHAR(40),
    payout_iban_enc      VARCHAR(200)  NOT NULL,   -- FieldCipher: v1.<key id>.<sealed>
    payout_iban_masked   VARCHAR(40)   NOT NULL,
    payout_holder        VARCHAR(140)  NOT NULL,
    terms_version        VARCHAR(20)   NOT NULL,
    consent_at           TIMESTAMPTZ   NOT NULL,
    consent_ip           VARCHAR(64),
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version              BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX claim_customer_idx ON claim (customer_id, created_at DESC);
CREATE INDEX claim_status_idx ON claim (status, created_at);

CREATE TABLE claim_passenger (
    claim_id          UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL,
    first_name        VARCHAR(100) NOT NULL,
    last_name         VARCHAR(100) NOT NULL,
    booking_reference VARCHAR(20),
    PRIMARY KEY (claim_id, position)
);

-- One open claim per passenger, flight and date: the key is written with the claim and removed when
-- it is withdrawn.
CREATE TABLE claim_flight_key (
    passenger_key VARCHAR(300) NOT NULL,   -- lower(first name) | lower(last name) | flight number | date
    claim_id      UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    PRIMARY KEY (passenger_key)
);

-- The history of a claim: every status change with actor, time and reason.
CREATE TABLE claim_event (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id         UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor            VARCHAR(320) NOT NULL,
    from_status      VARCHAR(24),
    to_status        VARCHAR(24)  NOT NULL,
    reason           VARCHAR(2000),
    customer_visible BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX claim_event_claim_idx ON claim_event (claim_id, at);

-- Idempotent submission: the same key and body within 24 hours give the same claim.
CREATE TABLE idempotency_key (
    customer_id  UUID        NOT NULL,
    key          VARCHAR(100) NOT NULL,
    request_hash CHAR(64)    NOT NULL,
    claim_id     UUID        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, key)
);
