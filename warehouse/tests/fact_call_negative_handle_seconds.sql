-- Fails when a call's handle_seconds or one of its parts (talk, hold, after-call work) is negative.
select
    c.call_id,
    c.handle_seconds,
    c.talk_seconds,
    c.hold_seconds,
    c.after_call_work_seconds
from dw.fact_call c
where c.handle_seconds < 0
   or c.talk_seconds < 0
   or c.hold_seconds < 0
   or c.after_call_work_seconds < 0;
