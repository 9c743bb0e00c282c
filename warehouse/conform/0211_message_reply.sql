-- One row per agent message that answers a customer, for the tickets this load touched:
-- the reply time runs from the earliest customer message since the previous agent message.
delete from stg.message_reply;

insert into stg.message_reply (
    message_id,
    reply_seconds
)
select
    ordered.message_id,
    ordered.sent_epoch - waiting.first_waiting_epoch
from (
    select
        m.message_id,
        m.ticket_id,
        m.is_agent,
        m.sent_epoch,
        coalesce(max(case when m.is_agent = 1 then m.sent_epoch end) over (
            partition by m.ticket_id
            order by m.sent_epoch, m.is_agent, m.message_id
            rows between unbounded preceding and 1 preceding), -1) as previous_agent_epoch
    from dw.fact_ticket_message m
    where m.ticket_id in (select ticket_id from stg.ticket_message)
) ordered
join (
    select
        c.ticket_id,
        c.previous_agent_epoch,
        min(c.sent_epoch) as first_waiting_epoch
    from (
        select
            m.ticket_id,
            m.is_agent,
            m.sent_epoch,
            coalesce(max(case when m.is_agent = 1 then m.sent_epoch end) over (
                partition by m.ticket_id
                order by m.sent_epoch, m.is_agent, m.message_id
                rows between unbounded preceding and 1 preceding), -1) as previous_agent_epoch
        from dw.fact_ticket_message m
        where m.ticket_id in (select ticket_id from stg.ticket_message)
    ) c
    where c.is_agent = 0
    group by c.ticket_id, c.previous_agent_epoch
) waiting
    on waiting.ticket_id = ordered.ticket_id
   and waiting.previous_agent_epoch = ordered.previous_agent_epoch
where ordered.is_agent = 1;

update dw.fact_ticket_message
set reply_seconds = (select r.reply_seconds from stg.message_reply r where r.message_id = dw.fact_ticket_message.message_id)
where ticket_id in (select ticket_id from stg.ticket_message);
