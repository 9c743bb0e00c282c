-- Fails when dw.fact_ticket_message.sent_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    m.message_id,
    m.sent_date_key
from dw.fact_ticket_message m
where not exists (select 1 from dw.dim_date d where d.date_key = m.sent_date_key);
