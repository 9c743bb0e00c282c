-- One row per ticket message, written with its reply time: an agent message answering a customer gets the time since
-- the earliest customer message after the previous agent message. Messages are grouped by how many agent messages
-- came before them, so two agent messages in the same second still fall in different groups.
-- A changed ticket's conversation: its staged messages (with the agent version of the day each was sent) and its
-- earlier messages that no staged one replaces, kept aside in the work table by the previous step.
-- Nothing to do unless rows are in: stg.ticket_message, stg.ticket_message_changed, stg.ticket_message_work.
with conversation as (
    select
        s.message_id,
        s.ticket_id,
        s.sent_at,
        s.sent_date_key,
        s.sent_hour,
        s.sent_epoch,
        s.author,
        case when s.author = 'agent' then 1 else 0 end as is_agent,
        ag.agent_key
    -- The changed tickets' messages are picked out first (a ticket appears once in the changed list), so only they
    -- meet the agent versions: on a re-load, where no ticket changed, the range join then reads no row.
    from stg.ticket_message_changed c
    join stg.ticket_message s
        on s.ticket_id = c.ticket_id
    left join dw.dim_agent ag
        on ag.agent_id = s.agent_id
       and s.sent_date_key >= ag.valid_from_key
       and s.sent_date_key < ag.valid_to_key
    union all
    select
        w.message_id,
        w.ticket_id,
        w.sent_at,
        w.sent_date_key,
        w.sent_hour,
        w.sent_epoch,
        w.author,
        w.is_agent,
        w.agent_key
    from stg.ticket_message_work w
),
ordered as (
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
    from conversation w
),
-- The earliest customer message of each group, by a second window rather than a grouped subquery joined back: the
-- rows come out of the first window already in ticket order, so the engine need not hash or sort them all again.
waiting as (
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
        min(case when o.is_agent = 0 then o.sent_epoch end) over (
            partition by o.ticket_id, o.agent_messages_before) as first_waiting_epoch
    from ordered o
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
    reply_seconds,
    run_id
)
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
    case when w.is_agent = 1 then w.sent_epoch - w.first_waiting_epoch end,
    ctx.run_id
from waiting w
cross join stg.load_context ctx;
