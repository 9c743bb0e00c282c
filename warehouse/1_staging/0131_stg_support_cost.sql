-- One row per support_costs.csv record of this load.
create table stg.support_cost (
    line_number bigint not null,
    month date not null,
    month_key integer not null,
    category $text$ not null,
    team $text$,
    amount decimal(18, 4) not null,
    currency $key$ not null,
    fx_rate decimal(18, 8) not null,
    reporting_amount decimal(18, 4) not null
);
