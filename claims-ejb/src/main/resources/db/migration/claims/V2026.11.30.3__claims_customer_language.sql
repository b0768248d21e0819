-- The language a customer's emails are written in (ISO 639-1), as the portal last told it; null: English.
ALTER TABLE customer ADD COLUMN language VARCHAR(2) CHECK (language ~ '^[a-z]{2}$');
