-- The assignment and power of attorney, signed: which text was shown (language and SHA-256) and
-- how the browser that signed identified itself, beside the time and IP already kept with consent.
ALTER TABLE claim ADD COLUMN terms_language     VARCHAR(8),
                  ADD COLUMN terms_sha256       CHAR(64),
                  ADD COLUMN consent_user_agent VARCHAR(500);

-- Simple electronic signatures (eIDAS Art. 3(10)), one per passenger, given with the submission.
-- The passenger's name is kept as signed: a later change of the claim's passengers does not move a
-- signature to someone else.
CREATE TABLE claim_signature (
    claim_id       UUID         NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    passenger_name VARCHAR(201) NOT NULL,
    signed_by      VARCHAR(200) NOT NULL,
    capacity       VARCHAR(8)   NOT NULL CHECK (capacity IN ('SELF', 'GUARDIAN')),
    method         VARCHAR(8)   NOT NULL CHECK (method IN ('DRAWN', 'TYPED')),
    strokes        TEXT,        -- the drawing: JSON [[x0,y0,x1,y1,…],…] in a 1000 × 300 box; null when typed
    PRIMARY KEY (claim_id, position)
);
