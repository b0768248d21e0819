-- Airports with an IATA code, imported from reference/airports.tsv by the airport-import batch job.
CREATE TABLE airport (
    iata_code    CHAR(3)          PRIMARY KEY,
    icao_code    VARCHAR(4),
    name         VARCHAR(200)     NOT NULL,
    city         VARCHAR(120),
    country_code CHAR(2)          NOT NULL,
    latitude     DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    updated_at   TIMESTAMPTZ      NOT NULL DEFAULT now()
);
-- Prefix search (`q=`) on name and city, case-insensitive.
CREATE INDEX airport_name_prefix_idx ON airport (lower(name) text_pattern_ops);
CREATE INDEX airport_city_prefix_idx ON airport (lower(city) text_pattern_ops);
