-- One row per snapshot step of this load, without rates: the periods convert in the fills.
alter table stg.subscription_snapshot_step drop column start_rate;
alter table stg.subscription_snapshot_step drop column snapshot_rate;
