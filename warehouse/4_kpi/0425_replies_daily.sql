-- One row per sent day and agent: agent messages, and the reply times of those that answered a waiting customer.
-- art_seconds = reply_seconds ÷ timed_replies; an agent message with no customer message waiting is no reply.
create view kpi.replies_daily as
select
    m.sent_date_key as date_key,
    m.agent_key,
    cast(count(*) as bigint) as agent_replies,
    cast(count(m.reply_seconds) as bigint) as timed_replies,
    cast(sum(coalesce(m.reply_seconds, 0)) as bigint) as reply_seconds,
    cast(max(m.reply_seconds) as bigint) as slowest_reply_seconds
from dw.fact_ticket_message m
where m.is_agent = 1
group by
    m.sent_date_key,
    m.agent_key;
