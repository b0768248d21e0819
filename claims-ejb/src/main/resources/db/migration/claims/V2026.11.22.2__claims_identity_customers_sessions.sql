-- Passengers sign in with magic links; every sign-in opens a session (a refresh-token family).

CREATE TABLE customer (
    id            UUID         PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX customer_email_idx ON customer (lower(email));

-- Only the SHA-256 of a magic-link token is stored; a token is spent once (used_at).
CREATE TABLE magic_link_token (
    token_hash   CHAR(64)     PRIMARY KEY,
    email        VARCHAR(320) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    used_at      TIMESTAMPTZ,
    requested_ip VARCHAR(64)
);
CREATE INDEX magic_link_token_expiry_idx ON magic_link_token (expires_at);

-- A session is one refresh-token family: the device and address it started from, its last use.
CREATE TABLE auth_session (
    id           UUID         PRIMARY KEY,
    subject      VARCHAR(64)  NOT NULL,
    principal    VARCHAR(320) NOT NULL,
    groups_csv   VARCHAR(200) NOT NULL,
    user_agent   VARCHAR(500),
    ip           VARCHAR(64),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ,
    revoked_why  VARCHAR(100)
);
CREATE INDEX auth_session_subject_idx ON auth_session (subject);

-- Refresh tokens, hashed; each use replaces the token (replaced_at). Presenting a replaced token
-- again means it was stolen: the whole session is revoked.
CREATE TABLE refresh_token (
    token_hash  CHAR(64)    PRIMARY KEY,
    session_id  UUID        NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    replaced_at TIMESTAMPTZ
);
CREATE INDEX refresh_token_session_idx ON refresh_token (session_id);
