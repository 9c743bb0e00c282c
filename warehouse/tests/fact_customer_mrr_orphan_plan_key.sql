-- Fails on each dw.fact_customer_mrr row naming a plan_key that dw.dim_plan does not have.
select
    f.customer_id,
    f.month_key,
    f.plan_key
from dw.fact_customer_mrr f
where f.plan_key is not null
  and not exists (select 1 from dw.dim_plan p where p.plan_key = f.plan_key);
