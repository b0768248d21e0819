-- A message may carry a document of its claim, uploaded with it (files' document id; the document
-- keeps its own life: deleting it leaves the message, which then names a deleted document).
ALTER TABLE claim_message ADD COLUMN document_id UUID;
