-- Fails when dw.fact_call.answered_hour_key (date_key * 100 + hour) has an hour outside 0-23 or a day missing from dw.dim_date.
select
    c.call_id,
    c.answered_at,
    c.answered_hour_key
from dw.fact_call c
where c.answered_hour_key is not null
  and (c.answered_hour_key % 100 > 23
       or not exists (
           select 1 from dw.dim_date d
           where cast(d.date_key as bigint) * 100 = c.answered_hour_key - c.answered_hour_key % 100));
