-- One row per ticket message: a newer export of a message replaces the older row.
delete from dw.fact_ticket_message
where exists (select 1 from stg.ticket_message s where s.message_id = dw.fact_ticket_message.message_id);

insert into dw.fact_ticket_message (
    message_id,
    ticket_id,
    sent_at,
    sent_date_key,
    sent_hour,
    sent_epoch,
    author,
    is_agent,
    agent_key,
    reply_seconds
)
select
    s.message_id,
    s.ticket_id,
    s.sent_at,
    s.sent_date_key,
    s.sent_hour,
    s.sent_epoch,
    s.author,
    case when s.author = 'agent' then 1 else 0 end,
    ag.agent_key,
    null
from stg.ticket_message s
left join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.sent_date_key >= ag.valid_from_key
   and s.sent_date_key < ag.valid_to_key;
