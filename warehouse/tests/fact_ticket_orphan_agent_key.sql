-- Fails when dw.fact_ticket.agent_key names no row of dw.dim_agent (an orphan fact row).
select
    t.ticket_id,
    t.agent_key
from dw.fact_ticket t
where t.agent_key is not null
  and not exists (select 1 from dw.dim_agent d where d.agent_key = t.agent_key);
