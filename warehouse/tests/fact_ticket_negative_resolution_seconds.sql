-- Fails when a ticket's resolution_seconds is negative (resolved before creation).
select
    t.ticket_id,
    t.created_at,
    t.resolved_at,
    t.resolution_seconds
from dw.fact_ticket t
where t.resolution_seconds < 0;
