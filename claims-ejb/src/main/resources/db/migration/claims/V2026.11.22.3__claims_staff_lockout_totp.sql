-- Staff sign-in hardening: lock-out after repeated failures, TOTP second factor, recovery codes.
ALTER TABLE staff_account
    ADD COLUMN failed_logins  INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until   TIMESTAMPTZ,
    ADD COLUMN totp_secret    VARCHAR(64),
    ADD COLUMN totp_enabled   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN totp_last_step BIGINT;

-- Single-use recovery codes for a lost authenticator; only their SHA-256 is kept.
CREATE TABLE staff_recovery_code (
    code_hash        CHAR(64)    PRIMARY KEY,
    staff_account_id BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at          TIMESTAMPTZ
);
