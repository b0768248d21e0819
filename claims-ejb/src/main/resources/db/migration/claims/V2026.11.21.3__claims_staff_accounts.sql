-- Staff who work in the console. Password hashes are Argon2id in PHC string form
-- ($argon2id$v=19$m=...,t=...,p=...$salt$hash): the parameters travel with each hash.
CREATE TABLE staff_account (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX staff_account_email_idx ON staff_account (lower(email));

CREATE TABLE staff_account_role (
    staff_account_id BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    role             VARCHAR(20) NOT NULL CHECK (role IN ('reviewer', 'admin', 'superadmin')),
    PRIMARY KEY (staff_account_id, role)
);
