-- What the reconciliation job found: objects without a record (removed after a grace period) and
-- records whose object is missing (kept, for staff to look at).
CREATE TABLE storage_finding (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    found_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('ORPHAN_REMOVED', 'MISSING_OBJECT', 'PURGED')),
    storage_key  VARCHAR(300) NOT NULL,
    document_id  UUID,
    detail       VARCHAR(500)
);
CREATE INDEX storage_finding_found_idx ON storage_finding (found_at DESC);
CREATE UNIQUE INDEX storage_finding_missing_idx ON storage_finding (document_id) WHERE kind = 'MISSING_OBJECT';
