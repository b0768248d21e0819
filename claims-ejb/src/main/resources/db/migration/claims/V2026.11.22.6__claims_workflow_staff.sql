-- The staff side of claims: assignment, flags, the amount override, messages, document requests,
-- and the columns the staff list filters and searches on.
ALTER TABLE claim
    ADD COLUMN assignee_id       BIGINT        REFERENCES staff_account (id),
    ADD COLUMN flight_number     VARCHAR(10),
    ADD COLUMN airline           VARCHAR(3),
    ADD COLUMN flagged           BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN flag_reason       VARCHAR(200),
    ADD COLUMN override_amount   NUMERIC(12,2),
    ADD COLUMN override_currency CHAR(3),
    ADD COLUMN override_reason   VARCHAR(2000),
    ADD COLUMN override_by       VARCHAR(320),
    ADD COLUMN decided_at        TIMESTAMPTZ;

UPDATE claim SET
    flight_number = upper(regexp_replace(itinerary_json::jsonb -> 0 ->> 'flightNumber', '\s', '', 'g')),
    airline = upper(coalesce(itinerary_json::jsonb -> 0 ->> 'carrier',
                             left(regexp_replace(itinerary_json::jsonb -> 0 ->> 'flightNumber', '\s', '', 'g'), 2)));

CREATE INDEX claim_assignee_idx ON claim (assignee_id);
CREATE INDEX claim_deadline_idx ON claim (deadline) WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'DOCUMENTS_REQUESTED', 'RESUBMITTED');
CREATE INDEX claim_flight_idx ON claim (flight_number);
CREATE INDEX claim_passenger_name_idx ON claim_passenger (lower(last_name));

-- What kind of event: a status change, or something staff did that the history should show.
ALTER TABLE claim_event
    ADD COLUMN kind VARCHAR(24) NOT NULL DEFAULT 'STATUS'
        CHECK (kind IN ('STATUS', 'EDITED', 'ASSIGNED', 'COMPENSATION_OVERRIDDEN', 'DOCUMENTS_REQUESTED',
                        'REMINDER_SENT', 'FLAGGED'));

-- The thread between customer and staff; internal notes are staff-only.
CREATE TABLE claim_message (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    author_kind VARCHAR(8)    NOT NULL CHECK (author_kind IN ('CUSTOMER', 'STAFF')),
    author      VARCHAR(320)  NOT NULL,
    body        VARCHAR(5000) NOT NULL,
    internal    BOOLEAN       NOT NULL DEFAULT FALSE,
    CHECK (NOT internal OR author_kind = 'STAFF')
);
CREATE INDEX claim_message_claim_idx ON claim_message (claim_id, at);

-- Documents staff asked for; answered when the customer resubmits. The reminder job reminds once,
-- then flags the claim.
CREATE TABLE document_request (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id      UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    document_type VARCHAR(40)   NOT NULL,
    message       VARCHAR(2000) NOT NULL,
    requested_by  VARCHAR(320)  NOT NULL,
    requested_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    reminded_at   TIMESTAMPTZ,
    answered_at   TIMESTAMPTZ
);
CREATE INDEX document_request_open_idx ON document_request (requested_at) WHERE answered_at IS NULL;

-- Scheduled work that must run once per cluster and day: the first instance to insert the row runs it.
CREATE TABLE scheduled_run (
    task       VARCHAR(60) NOT NULL,
    day        DATE        NOT NULL,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (task, day)
);
