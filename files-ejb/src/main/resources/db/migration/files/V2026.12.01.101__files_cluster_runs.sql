-- Scheduled work that must run once per cluster and period (the email sweeper every 30 s, the
-- document rescan every 5 min, housekeeping and the claims' follow-up daily): every instance's timer
-- fires, the one whose insert of (task, period) succeeds does the work. Kept a week, for the record.
CREATE TABLE cluster_run (
    task         VARCHAR(60)  NOT NULL,
    period_start TIMESTAMPTZ  NOT NULL,
    instance     VARCHAR(200),
    started_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (task, period_start)
);
