-- Fails on each dw.fact_support_cost row whose month_date_key is not the dw.dim_date row of its month's first day.
select
    c.month_key,
    c.category,
    c.month_date_key
from dw.fact_support_cost c
where not exists (
    select 1 from dw.dim_date d
    where d.date_key = c.month_date_key and d.month_key = c.month_key and d.day_of_month = 1);
