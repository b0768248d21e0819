-- Transactional outbox for emails: a row is written in the same transaction as the business
-- change; a JMS message carries its id to the dispatcher, which renders and sends it.
CREATE TABLE email_outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template        VARCHAR(100)  NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    locale          VARCHAR(10)   NOT NULL DEFAULT 'en',
    model_json      TEXT          NOT NULL DEFAULT '{}',
    subject         VARCHAR(998),
    body_text       TEXT,
    body_html       TEXT,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(2000),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX email_outbox_due_idx ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_created_idx ON email_outbox (created_at DESC);
