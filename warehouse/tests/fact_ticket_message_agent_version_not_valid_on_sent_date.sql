-- Fails when dw.fact_ticket_message.agent_key is an agent version whose validity range does not contain the fact's sent_date_key.
select
    m.message_id,
    m.ticket_id,
    m.sent_date_key,
    a.agent_key,
    a.agent_id,
    a.valid_from_key,
    a.valid_to_key
from dw.fact_ticket_message m
join dw.dim_agent a on a.agent_key = m.agent_key
where m.sent_date_key < a.valid_from_key
   or m.sent_date_key >= a.valid_to_key;
