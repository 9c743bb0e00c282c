-- One row per day and topic: inbound calls by the day they started, for the per-topic report (calls carry
-- topics as tickets do). No working time here: an hour at work belongs to an agent, not to a topic.
create view kpi.calls_topic_daily as
select
    c.started_date_key as date_key,
    c.topic_key,
    cast(count(*) as bigint) as calls_offered,
    cast(sum(c.is_answered) as bigint) as calls_answered,
    cast(sum(c.is_abandoned) as bigint) as calls_abandoned,
    cast(sum(case when c.is_answered = 1 then coalesce(c.wait_seconds, 0) else 0 end) as bigint) as wait_seconds,
    cast(sum(case when c.is_answered = 1 then c.handle_seconds else 0 end) as bigint) as handle_seconds,
    cast(sum(c.has_resolution) as bigint) as calls_resolution_known,
    cast(sum(c.is_resolved) as bigint) as calls_resolved
from dw.fact_call c
where c.is_inbound = 1
group by
    c.started_date_key,
    c.topic_key;
