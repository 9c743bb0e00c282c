-- One row per month, cost category and team: support spending in the reporting currency.
create table dw.fact_support_cost (
    month_key integer not null,
    month_date_key integer not null,
    category $text$ not null,
    team $text$,
    amount decimal(18, 4) not null,
    original_amount decimal(18, 4) not null,
    currency $key$ not null,
    fx_rate decimal(18, 8) not null
);
