-- One row per subscription ever seen in a snapshot: how the latest snapshot loaded showed it (the day, its amount,
-- plan and status) and the start of its open period, so a later snapshot is compared with it and an older one skipped.
create table dw.subscription_snapshot_state (
    subscription_id $key$ not null,
    last_snapshot_on date not null,
    customer_id $key$ not null,
    plan_id $key$,
    currency $key$ not null,
    mrr decimal(18, 4) not null,
    status $key$ not null,
    is_open integer not null,
    is_ended integer not null,
    open_started_on date,
    run_id integer not null
);
