-- One row per calendar day in the reporting time zone: the date table every kpi view joins on date_key.
create view kpi.calendar as
select
    date_key,
    full_date,
    year,
    quarter,
    month,
    month_key,
    year_month,
    month_name,
    month_start,
    day_of_month,
    weekday,
    weekday_name,
    iso_year,
    iso_week,
    is_weekend
from dw.dim_date;
