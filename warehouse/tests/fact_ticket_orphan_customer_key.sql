-- Fails when dw.fact_ticket.customer_key names no row of dw.dim_customer (an orphan fact row).
select
    t.ticket_id,
    t.customer_key
from dw.fact_ticket t
where t.customer_key is not null
  and not exists (select 1 from dw.dim_customer d where d.customer_key = t.customer_key);
