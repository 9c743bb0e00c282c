-- Fails when dw.fact_call.agent_key names no row of dw.dim_agent (an orphan fact row).
select
    c.call_id,
    c.agent_key
from dw.fact_call c
where c.agent_key is not null
  and not exists (select 1 from dw.dim_agent d where d.agent_key = c.agent_key);
