-- One row per targets.csv record of this load; a null month is the default for every month.
create table stg.target (
    line_number bigint not null,
    kpi $key$ not null,
    month date,
    month_key integer,
    value decimal(18, 4) not null
);
