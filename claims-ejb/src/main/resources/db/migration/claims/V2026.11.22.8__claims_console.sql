-- Staff edits of email templates: one row per edited part; the shipped file is used otherwise.
CREATE TABLE email_template_override (
    name        VARCHAR(100) NOT NULL,
    part        VARCHAR(8)   NOT NULL CHECK (part IN ('subject', 'txt', 'html')),
    source      TEXT         NOT NULL,
    updated_by  VARCHAR(320) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (name, part)
);

-- Reference rows staff changed in the console: a re-import leaves them alone.
ALTER TABLE airline ADD COLUMN edited_by VARCHAR(320);
ALTER TABLE limitation_period ADD COLUMN edited_by VARCHAR(320);
