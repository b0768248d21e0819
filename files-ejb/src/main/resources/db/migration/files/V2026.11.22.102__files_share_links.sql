-- Links that let a third party (the airline, a lawyer) download one document: the token is 256
-- random bits, stored only as its SHA-256; an optional password (PBKDF2); expiry and revocation.
CREATE TABLE share_link (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id    UUID         NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    token_hash     CHAR(64)     NOT NULL UNIQUE,
    password_hash  VARCHAR(200),
    created_by     VARCHAR(320) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    uses           INTEGER      NOT NULL DEFAULT 0,
    failed_passwords INTEGER    NOT NULL DEFAULT 0,
    last_used_at   TIMESTAMPTZ
);
CREATE INDEX share_link_document_idx ON share_link (document_id);
