-- Fails when dw.fact_call.customer_key names no row of dw.dim_customer (an orphan fact row).
select
    c.call_id,
    c.customer_key
from dw.fact_call c
where c.customer_key is not null
  and not exists (select 1 from dw.dim_customer d where d.customer_key = c.customer_key);
