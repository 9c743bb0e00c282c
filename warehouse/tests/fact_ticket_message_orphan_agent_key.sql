-- Fails when dw.fact_ticket_message.agent_key names no row of dw.dim_agent (an orphan fact row).
select
    m.message_id,
    m.ticket_id,
    m.agent_key
from dw.fact_ticket_message m
where m.agent_key is not null
  and not exists (select 1 from dw.dim_agent d where d.agent_key = m.agent_key);
