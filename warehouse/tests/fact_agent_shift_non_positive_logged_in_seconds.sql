-- Fails when a shift's logged_in_seconds is zero or negative (the calls-per-hour denominator must be positive).
select
    s.agent_id,
    s.shift_date_key,
    s.logged_in_seconds
from dw.fact_agent_shift s
where s.logged_in_seconds <= 0;
