-- One row per message of the tickets this load changes, gathered before anything is written: the staged messages
-- and those loaded earlier that no newer export replaces. Reply times need a ticket's whole conversation.
-- A ticket whose staged messages are all in the fact already, unchanged, is left alone: a nightly full re-export
-- then rewrites nothing, instead of deleting and inserting every message again.
-- Nothing to do unless rows are in: stg.ticket_message.
truncate table stg.ticket_message_changed;

-- One lookup by message_id (the fact's key) and a comparison, rather than "not exists" on every column: engines
-- plan that as a join on seven columns, several times dearer on a re-load where every message is found.
insert into stg.ticket_message_changed (
    ticket_id
)
select distinct
    s.ticket_id
from stg.ticket_message s
left join dw.fact_ticket_message f
    on f.message_id = s.message_id
left join dw.dim_agent ag
    on ag.agent_key = f.agent_key
where f.message_id is null
   or f.ticket_id <> s.ticket_id
   or f.sent_at <> s.sent_at
   or f.sent_date_key <> s.sent_date_key
   or f.sent_hour <> s.sent_hour
   or f.author <> s.author
   or coalesce(ag.agent_id, '') <> coalesce(s.agent_id, '');

truncate table stg.ticket_message_work;

-- Only the earlier messages go through the work table; the staged ones are read from staging by the next step, so a
-- first load (where every message is new) writes each message once more, not twice.
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
-- its own instead of reading every message. The second takes out a staged message's row under another ticket.
delete from dw.fact_ticket_message
where ticket_id in (select ticket_id from stg.ticket_message_changed);

delete from dw.fact_ticket_message
where message_id in (
    select s.message_id
    from stg.ticket_message s
    where s.ticket_id in (select ticket_id from stg.ticket_message_changed));
