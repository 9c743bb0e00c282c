-- Fails when an agent_id has more than one current version (is_current = 1) in dw.dim_agent.
select
    agent_id,
    count(*) as copies
from dw.dim_agent
where is_current = 1
group by
    agent_id
having count(*) > 1;
