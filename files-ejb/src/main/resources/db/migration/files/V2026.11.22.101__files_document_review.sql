-- Staff review of a document: approved or rejected with the reason the customer is told.
ALTER TABLE document
    ADD COLUMN review_decision VARCHAR(10) CHECK (review_decision IN ('APPROVED', 'REJECTED')),
    ADD COLUMN review_reason   VARCHAR(2000),
    ADD COLUMN reviewed_by     VARCHAR(320),
    ADD COLUMN reviewed_at     TIMESTAMPTZ;
