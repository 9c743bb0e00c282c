-- One row per staged snapshot row newer than what the warehouse last saw of its subscription, in date order (step 1, 2,
-- ...), compared with the state before it: whether it opens a period, closes the open one, and on which days
-- (a work table of the conform steps).
create table stg.subscription_snapshot_step (
    subscription_id $key$ not null,
    step integer not null,
    snapshot_on date not null,
    line_number bigint not null,
    customer_id $key$ not null,
    plan_id $key$,
    currency $key$ not null,
    mrr decimal(18, 4) not null,
    status $key$ not null,
    is_open integer not null,
    is_ended integer not null,
    end_on date,
    period_start date not null,
    start_rate decimal(18, 8) not null,
    snapshot_rate decimal(18, 8) not null,
    open_started_on date,
    previous_open_started_on date,
    previous_customer_id $key$,
    previous_plan_id $key$,
    previous_currency $key$,
    previous_mrr decimal(18, 4),
    is_opening integer not null,
    is_closing integer not null,
    close_on date
);
