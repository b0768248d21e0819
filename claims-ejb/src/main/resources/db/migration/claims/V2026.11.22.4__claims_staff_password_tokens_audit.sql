-- Single-use links that let a staff member set a password: a reset (30 minutes) or an
-- invitation (7 days). Only the SHA-256 of the token is kept.
CREATE TABLE staff_password_token (
    token_hash       CHAR(64)    PRIMARY KEY,
    staff_account_id BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    purpose          VARCHAR(10) NOT NULL CHECK (purpose IN ('RESET', 'INVITE')),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ NOT NULL,
    used_at          TIMESTAMPTZ
);

-- Who did what to whom, with the state before and after (JSON).
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(320) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    target      VARCHAR(320),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (lower(actor), at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (lower(target), at DESC);
