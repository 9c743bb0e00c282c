-- Fails when a dw.dim_agent version ends on or before the day it starts (valid_to_key <= valid_from_key): no fact can find it.
select
    a.agent_id,
    a.agent_key,
    a.valid_from_key,
    a.valid_to_key
from dw.dim_agent a
where a.valid_to_key <= a.valid_from_key;
