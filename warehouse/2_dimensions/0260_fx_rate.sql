-- One row per currency per month: units of the reporting currency for one unit of the currency.
create table dw.fx_rate (
    month_key integer not null,
    currency $key$ not null,
    rate decimal(18, 8) not null
);
