-- The console's documents queue: undecided documents, oldest first.
CREATE INDEX document_review_queue ON document (uploaded_at, id)
    WHERE deleted_at IS NULL AND review_decision IS NULL;
