-- Fails when dw.fact_ticket.channel_key names no row of dw.dim_channel (an orphan fact row).
select
    t.ticket_id,
    t.channel_key
from dw.fact_ticket t
where not exists (select 1 from dw.dim_channel d where d.channel_key = t.channel_key);
