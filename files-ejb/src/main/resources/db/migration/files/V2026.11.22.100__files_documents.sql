-- Documents (files-ejb): one row per stored, encrypted object. The claim and the owner are
-- references only (no foreign keys): this module knows nothing of claims.
CREATE TABLE document (
    id               UUID          PRIMARY KEY,
    claim_id         UUID          NOT NULL,
    owner_id         UUID          NOT NULL,   -- the customer whose document it is (quota, access)
    document_type    VARCHAR(40)   NOT NULL REFERENCES file_validation_rule (document_type),
    original_name    VARCHAR(255)  NOT NULL,   -- sanitised, for display only
    content_type     VARCHAR(100)  NOT NULL,   -- detected from the bytes
    size_bytes       BIGINT        NOT NULL,   -- plaintext
    sha256           CHAR(64)      NOT NULL,   -- of the plaintext
    pdf_pages        INTEGER,
    storage_key      VARCHAR(200)  NOT NULL UNIQUE,
    stored_bytes     BIGINT        NOT NULL,   -- ciphertext, as checked after the write
    kek_id           VARCHAR(20)   NOT NULL,   -- the key-encryption key that wrapped the data key
    wrapped_key      BYTEA         NOT NULL,   -- AES-KWP of the document's data key
    segment_size     INTEGER       NOT NULL,
    status           VARCHAR(12)   NOT NULL CHECK (status IN ('UPLOADED', 'SCANNING', 'VALIDATED', 'REJECTED')),
    scan_result      VARCHAR(200),             -- NOT_SCANNED, CLEAN, or the signature found
    uploaded_by      VARCHAR(320)  NOT NULL,
    uploaded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    deleted_at       TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX document_claim_idx ON document (claim_id, uploaded_at);
CREATE INDEX document_owner_idx ON document (owner_id) WHERE deleted_at IS NULL;
-- an identical file on the same claim is the same document
CREATE UNIQUE INDEX document_claim_sha_idx ON document (claim_id, sha256) WHERE deleted_at IS NULL;

-- Every access to a document, allowed or not.
CREATE TABLE document_access_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  UUID,                          -- null when the attempt named no existing document
    at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    actor        VARCHAR(320)  NOT NULL,
    action       VARCHAR(20)   NOT NULL CHECK (action IN ('UPLOAD', 'DOWNLOAD', 'VIEW', 'SHARE', 'SHARE_USE', 'DELETE',
                                                          'RESTORE', 'REVIEW')),
    result       VARCHAR(10)   NOT NULL CHECK (result IN ('SUCCESS', 'DENIED', 'ERROR')),
    ip           VARCHAR(64),
    user_agent   VARCHAR(300),
    detail       VARCHAR(500)
);
CREATE INDEX document_access_log_document_idx ON document_access_log (document_id, at);
