-- Fails when is_current disagrees with valid_to_key in dw.dim_agent: the current version, and only it, is open until 99991231.
select
    a.agent_id,
    a.agent_key,
    a.valid_to_key,
    a.is_current
from dw.dim_agent a
where (a.is_current = 1 and a.valid_to_key <> 99991231)
   or (a.is_current <> 1 and a.valid_to_key = 99991231);
