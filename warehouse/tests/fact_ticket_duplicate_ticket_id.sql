-- Fails when a ticket appears more than once in dw.fact_ticket (one row per ticket).
select
    ticket_id,
    count(*) as copies
from dw.fact_ticket
group by
    ticket_id
having count(*) > 1;
