-- One row per subscription per snapshot file of this load, without rates: the periods the snapshots open convert in
-- the fills, at the rate of the month each starts.
alter table stg.subscription_snapshot drop column start_rate;
alter table stg.subscription_snapshot drop column snapshot_rate;
