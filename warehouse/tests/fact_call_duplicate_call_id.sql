-- Fails when a call appears more than once in dw.fact_call (one row per call).
select
    call_id,
    count(*) as copies
from dw.fact_call
group by
    call_id
having count(*) > 1;
