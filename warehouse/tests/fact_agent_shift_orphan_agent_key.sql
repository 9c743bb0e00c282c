-- Fails when dw.fact_agent_shift.agent_key names no row of dw.dim_agent (an orphan fact row).
select
    s.agent_id,
    s.shift_date_key,
    s.agent_key
from dw.fact_agent_shift s
where not exists (select 1 from dw.dim_agent d where d.agent_key = s.agent_key);
