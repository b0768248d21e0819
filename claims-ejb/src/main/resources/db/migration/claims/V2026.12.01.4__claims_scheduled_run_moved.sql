-- The claims' daily follow-up is claimed in cluster_run now (files-ejb's, with every other task run
-- once per cluster); its old table goes.
DROP TABLE scheduled_run;
