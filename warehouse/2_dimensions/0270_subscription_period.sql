-- One row per subscription period (subscription_id, started_on): every period ever loaded, kept because staging is cleared each run.
create table dw.subscription_period (
    subscription_id $key$ not null,
    started_on date not null,
    ended_on date,
    customer_id $key$ not null,
    plan_id $key$,
    mrr decimal(18, 4) not null,
    currency $key$ not null,
    fx_rate decimal(18, 8) not null,
    reporting_mrr decimal(18, 4) not null,
    run_id integer not null
);
