-- Fails when dw.fact_agent_shift.agent_key is an agent version whose validity range does not contain the fact's shift_date_key.
select
    s.agent_id,
    s.shift_date_key,
    a.agent_key,
    a.valid_from_key,
    a.valid_to_key
from dw.fact_agent_shift s
join dw.dim_agent a on a.agent_key = s.agent_key
where s.shift_date_key < a.valid_from_key
   or s.shift_date_key >= a.valid_to_key;
