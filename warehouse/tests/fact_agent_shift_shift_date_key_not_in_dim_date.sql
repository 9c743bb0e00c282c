-- Fails when dw.fact_agent_shift.shift_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    s.agent_id,
    s.shift_date_key
from dw.fact_agent_shift s
where not exists (select 1 from dw.dim_date d where d.date_key = s.shift_date_key);
