-- Fails when dw.fact_call.agent_key is an agent version whose validity range does not contain the fact's started_date_key.
select
    c.call_id,
    c.started_date_key,
    a.agent_key,
    a.agent_id,
    a.valid_from_key,
    a.valid_to_key
from dw.fact_call c
join dw.dim_agent a on a.agent_key = c.agent_key
where c.started_date_key < a.valid_from_key
   or c.started_date_key >= a.valid_to_key;
