-- Fails when dw.fact_call.topic_key names no row of dw.dim_topic (an orphan fact row).
select
    c.call_id,
    c.topic_key
from dw.fact_call c
where c.topic_key is not null
  and not exists (select 1 from dw.dim_topic d where d.topic_key = c.topic_key);
