-- Fails when an agent has more than one dw.fact_agent_shift row for one day (one row per agent per shift day).
select
    agent_id,
    shift_date_key,
    count(*) as copies
from dw.fact_agent_shift
group by
    agent_id,
    shift_date_key
having count(*) > 1;
