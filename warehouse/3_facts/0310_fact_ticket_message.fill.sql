-- One row per message of the tickets this load changes, gathered before anything is written: the staged messages
-- and those loaded earlier that no newer export replaces. Reply times need a ticket's whole conversation.
-- A ticket whose staged messages are all in the fact already, unchanged, is left alone: a nightly full re-export
-- then rewrites nothing, instead of deleting and inserting every message again.
truncate table stg.ticket_message_changed;

insert into stg.ticket_message_changed (
    ticket_id
)
select distinct
    s.ticket_id
from stg.ticket_message s
where not exists (
    select 1
    from dw.fact_ticket_message f
    left join dw.dim_agent ag on ag.agent_key = f.agent_key
    where f.message_id = s.message_id
      and f.ticket_id = s.ticket_id
      and f.sent_at = s.sent_at
      and f.sent_date_key = s.sent_date_key
      and f.sent_hour = s.sent_hour
      and f.author = s.author
      and coalesce(ag.agent_id, '') = coalesce(s.agent_id, ''));

truncate table stg.ticket_message_work;

insert into stg.ticket_message_work (
    message_id,
    ticket_id,
    sent_at,
    sent_date_key,
    sent_hour,
    sent_epoch,
    author,
    is_agent,
    agent_key
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
    ag.agent_key
from stg.ticket_message s
left join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.sent_date_key >= ag.valid_from_key
   and s.sent_date_key < ag.valid_to_key
where s.ticket_id in (select ticket_id from stg.ticket_message_changed)
union all
select
    f.message_id,
    f.ticket_id,
    f.sent_at,
    f.sent_date_key,
    f.sent_hour,
    f.sent_epoch,
    f.author,
    f.is_agent,
    f.agent_key
from dw.fact_ticket_message f
where f.ticket_id in (select ticket_id from stg.ticket_message_changed)
  -- "not exists", never "not in (select ...)": PostgreSQL plans "not in" row by row once the ids outgrow work_mem.
  and not exists (select 1 from stg.ticket_message s2 where s2.message_id = f.message_id);

-- Two statements rather than one with "or": where the engine has an index on each key (PostgreSQL), each can use
-- its own instead of reading every message.
delete from dw.fact_ticket_message
where ticket_id in (select ticket_id from stg.ticket_message_work);

delete from dw.fact_ticket_message
where message_id in (select message_id from stg.ticket_message_work);
