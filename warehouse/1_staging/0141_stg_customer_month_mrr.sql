-- One row per rebuilt customer per month whose last day a subscription period covers (a work table of the conform steps).
create table stg.customer_month_mrr (
    customer_id $key$ not null,
    month_key integer not null,
    mrr decimal(18, 4) not null,
    original_mrr decimal(18, 4),
    currency $key$,
    plan_id $key$,
    is_premium integer not null
);
