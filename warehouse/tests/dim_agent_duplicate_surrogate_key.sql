-- Fails when a agent_key is used by more than one row of dw.dim_agent: facts joining on it would fan out.
select
    agent_key,
    count(*) as copies
from dw.dim_agent
group by
    agent_key
having count(*) > 1;
