-- Fails when a ticket's first_response_seconds is negative (first response before creation).
select
    t.ticket_id,
    t.created_at,
    t.first_response_at,
    t.first_response_seconds
from dw.fact_ticket t
where t.first_response_seconds < 0;
