-- Fails when two versions of one agent_id in dw.dim_agent have overlapping [valid_from_key, valid_to_key) ranges.
select
    a.agent_id,
    a.agent_key,
    a.valid_from_key,
    a.valid_to_key,
    b.agent_key as other_agent_key,
    b.valid_from_key as other_valid_from_key,
    b.valid_to_key as other_valid_to_key
from dw.dim_agent a
join dw.dim_agent b
    on b.agent_id = a.agent_id
   and b.agent_key > a.agent_key
where a.valid_from_key < b.valid_to_key
  and b.valid_from_key < a.valid_to_key;
