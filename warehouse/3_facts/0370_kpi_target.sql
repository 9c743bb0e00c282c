-- One row per KPI code and month; a null month is the target for every month without its own row.
create table dw.kpi_target (
    kpi_code $key$ not null,
    month_key integer,
    month_date_key integer,
    value decimal(18, 4) not null
);
