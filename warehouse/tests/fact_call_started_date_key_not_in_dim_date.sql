-- Fails when dw.fact_call.started_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    c.call_id,
    c.started_date_key
from dw.fact_call c
where not exists (select 1 from dw.dim_date d where d.date_key = c.started_date_key);
