-- Objects whose bytes are not what was stored: a size in the store's listing other than the record's,
-- or content that fails authentication or its SHA-256 when read back. Reported once per document,
-- never deleted (staff restore it from a backup or ask the customer again).
ALTER TABLE storage_finding DROP CONSTRAINT storage_finding_kind_check;
ALTER TABLE storage_finding ADD CONSTRAINT storage_finding_kind_check
    CHECK (kind IN ('ORPHAN_REMOVED', 'MISSING_OBJECT', 'PURGED', 'DAMAGED_OBJECT'));
CREATE UNIQUE INDEX storage_finding_damaged_idx ON storage_finding (document_id) WHERE kind = 'DAMAGED_OBJECT';

-- When the housekeeping job last read the document back whole (never: first in line).
ALTER TABLE document ADD COLUMN verified_at TIMESTAMPTZ;
CREATE INDEX document_verify_idx ON document (verified_at NULLS FIRST, uploaded_at) WHERE deleted_at IS NULL;
