-- Fails when an agent message's reply_seconds is negative (the reply came before the message it answers).
select
    m.message_id,
    m.ticket_id,
    m.sent_at,
    m.sent_epoch,
    m.reply_seconds
from dw.fact_ticket_message m
where m.reply_seconds < 0;
