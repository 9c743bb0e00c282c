-- Fails when a call counts as abandoned but is not an unanswered inbound call, or is_inbound/is_answered disagree with direction/answered_at.
select
    c.call_id,
    c.direction,
    c.answered_at,
    c.is_inbound,
    c.is_answered,
    c.is_abandoned
from dw.fact_call c
where (c.is_abandoned = 1 and (c.is_inbound <> 1 or c.is_answered <> 0))
   or c.is_inbound <> case when c.direction = 'inbound' then 1 else 0 end
   or c.is_answered <> case when c.answered_at is null then 0 else 1 end;
