-- Fails when dw.fact_ticket.created_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    t.ticket_id,
    t.created_date_key
from dw.fact_ticket t
where not exists (select 1 from dw.dim_date d where d.date_key = t.created_date_key);
