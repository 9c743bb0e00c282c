-- One row per ticket message, written with its reply time: an agent message answering a customer gets the time since
-- the earliest customer message after the previous agent message. Messages are grouped by how many agent messages
-- came before them, so two agent messages in the same second still fall in different groups.
with ordered as (
    select
        w.message_id,
        w.ticket_id,
        w.sent_at,
        w.sent_date_key,
        w.sent_hour,
        w.sent_epoch,
        w.author,
        w.is_agent,
        w.agent_key,
        coalesce(sum(w.is_agent) over (
            partition by w.ticket_id
            order by w.sent_epoch, w.is_agent, w.message_id
            rows between unbounded preceding and 1 preceding), 0) as agent_messages_before
    from stg.ticket_message_work w
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
    o.message_id,
    o.ticket_id,
    o.sent_at,
    o.sent_date_key,
    o.sent_hour,
    o.sent_epoch,
    o.author,
    o.is_agent,
    o.agent_key,
    case when o.is_agent = 1 then o.sent_epoch - w.first_waiting_epoch end
from ordered o
-- A pure equi-join: an extra one-sided condition here makes DuckDB fall back from a hash join.
left join waiting w
    on w.ticket_id = o.ticket_id
   and w.agent_messages_before = o.agent_messages_before;
