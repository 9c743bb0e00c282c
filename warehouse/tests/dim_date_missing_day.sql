-- Fails on each dw.dim_date row whose predecessor by date_key is not the day before, by calendar arithmetic on year, month and day_of_month (portable, no date functions), which dim_date_key_mismatch ties to date_key and full_date.
with ordered as (
    select
        d.date_key,
        d.year,
        d.month,
        d.day_of_month,
        lag(d.date_key) over (order by d.date_key) as previous_date_key,
        lag(d.year) over (order by d.date_key) as previous_year,
        lag(d.month) over (order by d.date_key) as previous_month,
        lag(d.day_of_month) over (order by d.date_key) as previous_day_of_month
    from dw.dim_date d
),
with_month_length as (
    select
        o.date_key,
        o.year,
        o.month,
        o.day_of_month,
        o.previous_date_key,
        o.previous_year,
        o.previous_month,
        o.previous_day_of_month,
        case
            when o.previous_month in (4, 6, 9, 11) then 30
            when o.previous_month = 2
                 and ((o.previous_year % 4 = 0 and o.previous_year % 100 <> 0) or o.previous_year % 400 = 0) then 29
            when o.previous_month = 2 then 28
            else 31
        end as previous_month_days
    from ordered o
    where o.previous_date_key is not null
)
select
    w.previous_date_key,
    w.date_key
from with_month_length w
where not (
       (w.year = w.previous_year and w.month = w.previous_month and w.day_of_month = w.previous_day_of_month + 1)
    or (w.year = w.previous_year and w.month = w.previous_month + 1 and w.day_of_month = 1
        and w.previous_day_of_month = w.previous_month_days)
    or (w.year = w.previous_year + 1 and w.month = 1 and w.day_of_month = 1
        and w.previous_month = 12 and w.previous_day_of_month = 31)
);
