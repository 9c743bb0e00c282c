-- One row per subscriptions.csv record (a period of constant MRR) of this load.
create table stg.subscription (
    line_number bigint not null,
    subscription_id $key$ not null,
    customer_id $key$ not null,
    plan_id $key$,
    mrr decimal(18, 4) not null,
    currency $key$ not null,
    started_on date not null,
    ended_on date,
    fx_rate decimal(18, 8) not null,
    reporting_mrr decimal(18, 4) not null
);
