-- Reference data of the compensation engine, imported from reference/*.tsv by the
-- reference-data-import batch job.

-- Membership for the Regulation: EU (member states and their outermost regions), EEA (IS, NO, LI)
-- and CH apply EU261; UK applies UK261.
CREATE TABLE country (
    code       CHAR(2)      PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    membership VARCHAR(8)   NOT NULL CHECK (membership IN ('EU', 'EEA', 'CH', 'UK', 'OTHER')),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Airlines with the country of their operating licence: a Community carrier is licensed in an
-- EU, EEA or Swiss state, whatever its brand or group.
CREATE TABLE airline (
    iata_code    VARCHAR(2)   PRIMARY KEY CHECK (iata_code ~ '^[A-Z0-9]{2}$'),
    icao_code    VARCHAR(3),
    name         VARCHAR(120) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX airline_name_prefix_idx ON airline (lower(name) text_pattern_ops);

-- How long a passenger has to claim in each country's courts (national law, C-139/11).
CREATE TABLE limitation_period (
    country_code CHAR(2)       PRIMARY KEY,
    amount       INTEGER       NOT NULL CHECK (amount > 0),
    unit         VARCHAR(6)    NOT NULL CHECK (unit IN ('YEARS', 'MONTHS')),
    ends_at_year_end BOOLEAN   NOT NULL DEFAULT FALSE,
    basis        VARCHAR(500)  NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
