-- Fails when dw.fact_survey_response.customer_key names no row of dw.dim_customer (an orphan fact row).
select
    r.response_id,
    r.customer_key
from dw.fact_survey_response r
where r.customer_key is not null
  and not exists (select 1 from dw.dim_customer d where d.customer_key = r.customer_key);
