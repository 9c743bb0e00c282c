-- Fails when a message appears more than once in dw.fact_ticket_message (one row per message).
select
    message_id,
    count(*) as copies
from dw.fact_ticket_message
group by
    message_id
having count(*) > 1;
