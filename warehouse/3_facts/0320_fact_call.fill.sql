-- One row per call: a newer export of a call replaces the older row; flags are set once, here.
-- Nothing to do unless rows are in: stg.call.
delete from dw.fact_call
where exists (select 1 from stg.call s where s.call_id = dw.fact_call.call_id);

insert into dw.fact_call (
    call_id,
    started_at,
    started_date_key,
    started_hour,
    answered_at,
    answered_hour_key,
    ended_at,
    direction,
    agent_key,
    customer_key,
    topic_key,
    ticket_id,
    talk_seconds,
    hold_seconds,
    after_call_work_seconds,
    handle_seconds,
    wait_seconds,
    is_inbound,
    is_answered,
    is_abandoned,
    has_resolution,
    is_resolved,
    run_id
)
select
    s.call_id,
    s.started_at,
    s.started_date_key,
    s.started_hour,
    s.answered_at,
    cast(s.answered_date_key as bigint) * 100 + s.answered_hour,
    s.ended_at,
    s.direction,
    ag.agent_key,
    cu.customer_key,
    tp.topic_key,
    s.ticket_id,
    s.talk_seconds,
    s.hold_seconds,
    s.after_call_work_seconds,
    cast(coalesce(s.talk_seconds, 0) as bigint) + coalesce(s.hold_seconds, 0) + coalesce(s.after_call_work_seconds, 0),
    s.wait_seconds,
    case when s.direction = 'inbound' then 1 else 0 end,
    case when s.answered_at is null then 0 else 1 end,
    case when s.direction = 'inbound' and s.answered_at is null then 1 else 0 end,
    case when s.answered_at is not null and s.resolved is not null then 1 else 0 end,
    case when s.answered_at is not null and s.resolved = 1 then 1 else 0 end,
    ctx.run_id
from stg.call s
cross join stg.load_context ctx
left join dw.dim_topic tp on tp.topic_name = s.topic
left join dw.dim_customer cu on cu.customer_id = s.customer_id
left join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.started_date_key >= ag.valid_from_key
   and s.started_date_key < ag.valid_to_key;
