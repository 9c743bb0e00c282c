-- One row per day and agent: inbound calls by the day they started, and the agent's time at work that day.
-- working_seconds, the calls_per_hour denominator, is logged_in_seconds from agent_shifts.csv, or, for an agent-day
-- without a shift, 3600 × answered_hours (the distinct clock hours in which the agent answered a call).
-- A call with no agent is nobody's hour: its row has 0 working_seconds and 0 agent_calls_answered (the
-- calls_per_hour numerator), while it still counts in calls_offered, calls_answered and the other call codes.
create view kpi.calls_daily as
with inbound_calls as (
    select
        c.started_date_key as date_key,
        c.agent_key,
        cast(count(*) as bigint) as calls_offered,
        cast(sum(c.is_answered) as bigint) as calls_answered,
        cast(sum(c.is_abandoned) as bigint) as calls_abandoned,
        cast(sum(case when c.is_answered = 1 then coalesce(c.wait_seconds, 0) else 0 end) as bigint) as wait_seconds,
        cast(sum(case when c.is_answered = 1 then c.handle_seconds else 0 end) as bigint) as handle_seconds,
        cast(sum(c.has_resolution) as bigint) as calls_resolution_known,
        cast(sum(c.is_resolved) as bigint) as calls_resolved,
        cast(count(distinct c.answered_hour_key) as bigint) as answered_hours,
        cast(null as bigint) as logged_in_seconds
    from dw.fact_call c
    where c.is_inbound = 1
    group by
        c.started_date_key,
        c.agent_key
),
shifts as (
    select
        s.shift_date_key as date_key,
        s.agent_key,
        cast(0 as bigint) as calls_offered,
        cast(0 as bigint) as calls_answered,
        cast(0 as bigint) as calls_abandoned,
        cast(0 as bigint) as wait_seconds,
        cast(0 as bigint) as handle_seconds,
        cast(0 as bigint) as calls_resolution_known,
        cast(0 as bigint) as calls_resolved,
        cast(0 as bigint) as answered_hours,
        cast(s.logged_in_seconds as bigint) as logged_in_seconds
    from dw.fact_agent_shift s
),
agent_days as (
    select * from inbound_calls
    union all
    select * from shifts
)
select
    date_key,
    agent_key,
    cast(sum(calls_offered) as bigint) as calls_offered,
    cast(sum(calls_answered) as bigint) as calls_answered,
    cast(sum(calls_abandoned) as bigint) as calls_abandoned,
    cast(sum(wait_seconds) as bigint) as wait_seconds,
    cast(sum(handle_seconds) as bigint) as handle_seconds,
    cast(sum(calls_resolution_known) as bigint) as calls_resolution_known,
    cast(sum(calls_resolved) as bigint) as calls_resolved,
    cast(sum(answered_hours) as bigint) as answered_hours,
    cast(sum(logged_in_seconds) as bigint) as logged_in_seconds,
    cast(case when agent_key is null then 0
              else coalesce(sum(logged_in_seconds), sum(answered_hours) * 3600) end as bigint) as working_seconds,
    cast(case when agent_key is null then 0 else sum(calls_answered) end as bigint) as agent_calls_answered
from agent_days
group by
    date_key,
    agent_key;
