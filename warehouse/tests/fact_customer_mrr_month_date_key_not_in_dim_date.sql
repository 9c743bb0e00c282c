-- Fails on each dw.fact_customer_mrr row whose month_date_key is not the dw.dim_date row of its month's first day.
select
    f.customer_id,
    f.month_key,
    f.month_date_key
from dw.fact_customer_mrr f
where not exists (
    select 1 from dw.dim_date d
    where d.date_key = f.month_date_key and d.month_key = f.month_key and d.day_of_month = 1);
