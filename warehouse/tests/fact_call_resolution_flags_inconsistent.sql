-- Fails when a call is resolved without a known resolution, or has a resolution without being answered.
select
    c.call_id,
    c.is_answered,
    c.has_resolution,
    c.is_resolved
from dw.fact_call c
where (c.is_resolved = 1 and c.has_resolution <> 1)
   or (c.has_resolution = 1 and c.is_answered <> 1);
