-- One row per fx_rates.csv record of this load.
create table stg.fx_rate (
    line_number bigint not null,
    month date not null,
    month_key integer not null,
    currency $key$ not null,
    rate decimal(18, 8) not null
);
