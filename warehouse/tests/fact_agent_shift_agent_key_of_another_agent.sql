-- Fails when dw.fact_agent_shift.agent_key is a version of another agent than the row's agent_id.
select
    s.agent_id,
    s.shift_date_key,
    s.agent_key,
    a.agent_id as version_agent_id
from dw.fact_agent_shift s
join dw.dim_agent a on a.agent_key = s.agent_key
where a.agent_id <> s.agent_id;
