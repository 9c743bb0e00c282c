-- Fails when dw.fact_ticket.agent_key is an agent version whose validity range does not contain the fact's created_date_key.
select
    t.ticket_id,
    t.created_date_key,
    a.agent_key,
    a.agent_id,
    a.valid_from_key,
    a.valid_to_key
from dw.fact_ticket t
join dw.dim_agent a on a.agent_key = t.agent_key
where t.created_date_key < a.valid_from_key
   or t.created_date_key >= a.valid_to_key;
