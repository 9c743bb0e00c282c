-- The as-of day (yyyymmdd) of the export that last sent each subscription period: a load of an older export skips
-- the period instead of reopening or repricing it. Null for periods loaded before it was kept (never older).
alter table dw.subscription_period add source_as_of integer;
