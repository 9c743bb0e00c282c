-- Fails when dw.fact_ticket.resolved_date_key has no day in dw.dim_date (the fact would drop out of every date slicer).
select
    t.ticket_id,
    t.resolved_date_key
from dw.fact_ticket t
where t.resolved_date_key is not null
  and not exists (select 1 from dw.dim_date d where d.date_key = t.resolved_date_key);
