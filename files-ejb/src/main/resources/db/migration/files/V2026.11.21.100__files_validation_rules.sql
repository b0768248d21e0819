-- Per-document-type upload rules (files-ejb). Admins edit them; the upload pipeline enforces them.
CREATE TABLE file_validation_rule (
    document_type      VARCHAR(40)  PRIMARY KEY
        CHECK (document_type IN ('boarding_pass', 'id_document', 'booking_confirmation', 'receipt',
                                 'bank_statement', 'delay_certificate', 'cancellation_notice',
                                 'power_of_attorney', 'other')),
    allowed_mime_types VARCHAR(500) NOT NULL, -- comma-separated, e.g. application/pdf,image/jpeg
    max_size_bytes     BIGINT       NOT NULL CHECK (max_size_bytes > 0),
    max_pdf_pages      INTEGER               CHECK (max_pdf_pages IS NULL OR max_pdf_pages > 0),
    scan_required      BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by         VARCHAR(320)
);

INSERT INTO file_validation_rule (document_type, allowed_mime_types, max_size_bytes, max_pdf_pages) VALUES
    ('boarding_pass',        'application/pdf,image/jpeg,image/png',            5242880,  2),
    ('id_document',          'application/pdf,image/jpeg,image/png',           10485760,  2),
    ('booking_confirmation', 'application/pdf,image/jpeg,image/png',           10485760, 10),
    ('receipt',              'application/pdf,image/jpeg,image/png',            2097152,  5),
    ('bank_statement',       'application/pdf',                                10485760, 10),
    ('delay_certificate',    'application/pdf,image/jpeg,image/png',            5242880,  5),
    ('cancellation_notice',  'application/pdf,image/jpeg,image/png,text/plain', 5242880,  5),
    ('power_of_attorney',    'application/pdf,image/jpeg,image/png',            5242880,  5),
    ('other',                'application/pdf,image/jpeg,image/png',           10485760, 20);
