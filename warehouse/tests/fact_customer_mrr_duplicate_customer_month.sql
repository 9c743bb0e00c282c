-- Fails when a customer has more than one row for a month in dw.fact_customer_mrr (one row per customer per month).
select
    customer_id,
    month_key,
    count(*) as copies
from dw.fact_customer_mrr
group by
    customer_id,
    month_key
having count(*) > 1;
