-- One row per customer per month, from the first active month to the month after the last (churn), up to the as-of month.
create table dw.fact_customer_mrr (
    customer_id $key$ not null,
    customer_key integer not null,
    month_key integer not null,
    month_date_key integer not null,
    plan_key integer,
    currency $key$,
    original_mrr decimal(18, 4),
    mrr decimal(18, 4) not null,
    previous_mrr decimal(18, 4) not null,
    mrr_change decimal(18, 4) not null,
    movement $key$ not null,
    is_active integer not null,
    is_premium integer not null,
    is_loyal integer not null,
    first_active_month_key integer not null,
    run_id integer not null
);
