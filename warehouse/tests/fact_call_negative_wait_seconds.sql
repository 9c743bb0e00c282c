-- Fails when a call's wait_seconds is negative (answered before it started).
select
    c.call_id,
    c.started_at,
    c.answered_at,
    c.wait_seconds
from dw.fact_call c
where c.wait_seconds < 0;
