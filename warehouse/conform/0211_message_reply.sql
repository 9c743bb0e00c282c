-- One row per agent message that answers a customer, for the tickets this load touched:
-- the reply time runs from the earliest customer message since the previous agent message.
-- Messages are grouped by how many agent messages came before them, so two agent messages
-- in the same second still fall in different groups.
delete from stg.message_reply;

with ordered as (
    select
        m.message_id,
        m.ticket_id,
        m.is_agent,
        m.sent_epoch,
        coalesce(sum(m.is_agent) over (
            partition by m.ticket_id
            order by m.sent_epoch, m.is_agent, m.message_id
            rows between unbounded preceding and 1 preceding), 0) as agent_messages_before
    from dw.fact_ticket_message m
    where m.ticket_id in (select ticket_id from stg.ticket_message)
),
waiting as (
    select
        ticket_id,
        agent_messages_before,
        min(sent_epoch) as first_waiting_epoch
    from ordered
    where is_agent = 0
    group by
        ticket_id,
        agent_messages_before
)
insert into stg.message_reply (
    message_id,
    reply_seconds
)
select
    ordered.message_id,
    ordered.sent_epoch - waiting.first_waiting_epoch
from ordered
join waiting
    on waiting.ticket_id = ordered.ticket_id
   and waiting.agent_messages_before = ordered.agent_messages_before
where ordered.is_agent = 1;

update dw.fact_ticket_message
set reply_seconds = (select r.reply_seconds from stg.message_reply r where r.message_id = dw.fact_ticket_message.message_id)
where ticket_id in (select ticket_id from stg.ticket_message);
