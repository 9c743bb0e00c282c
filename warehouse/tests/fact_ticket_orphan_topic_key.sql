-- Fails when dw.fact_ticket.topic_key names no row of dw.dim_topic (an orphan fact row).
select
    t.ticket_id,
    t.topic_key
from dw.fact_ticket t
where t.topic_key is not null
  and not exists (select 1 from dw.dim_topic d where d.topic_key = t.topic_key);
