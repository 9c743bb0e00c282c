-- Fails on each dw.fact_customer_mrr row whose customer_key is not the dw.dim_customer row of its customer_id.
select
    f.customer_id,
    f.month_key,
    f.customer_key
from dw.fact_customer_mrr f
where not exists (
    select 1 from dw.dim_customer c
    where c.customer_key = f.customer_key and c.customer_id = f.customer_id);
