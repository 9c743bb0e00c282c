-- Fails when an agent's versions do not chain from 19000101 to 99991231, each starting where the previous ends (facts in a gap lose their agent).
with versions as (
    select
        a.agent_id,
        a.agent_key,
        a.valid_from_key,
        a.valid_to_key,
        lag(a.valid_to_key) over (partition by a.agent_id order by a.valid_from_key, a.agent_key) as previous_valid_to_key,
        lead(a.valid_from_key) over (partition by a.agent_id order by a.valid_from_key, a.agent_key) as next_valid_from_key
    from dw.dim_agent a
)
select
    v.agent_id,
    v.agent_key,
    v.valid_from_key,
    v.valid_to_key,
    v.previous_valid_to_key,
    v.next_valid_from_key
from versions v
where (v.previous_valid_to_key is null and v.valid_from_key <> 19000101)
   or (v.previous_valid_to_key is not null and v.valid_from_key <> v.previous_valid_to_key)
   or (v.next_valid_from_key is null and v.valid_to_key <> 99991231);
