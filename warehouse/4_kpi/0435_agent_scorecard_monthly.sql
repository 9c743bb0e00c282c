-- One row per month and agent: the parts of the agent evaluation (fcr_rate, avg_resolution_seconds, calls_per_hour,
-- art_seconds, agent_feedback_avg), each fact aggregated to agent-month before they are put side by side.
create view kpi.agent_scorecard_monthly as
with resolved as (
    select
        d.month_key,
        v.agent_key,
        sum(v.tickets_resolved) as tickets_resolved,
        sum(v.resolved_first_contact) as resolved_first_contact,
        sum(v.resolution_seconds) as resolution_seconds
    from kpi.tickets_resolved_daily v
    join dw.dim_date d on d.date_key = v.date_key
    where v.agent_key is not null
    group by d.month_key, v.agent_key
),
calls as (
    select
        d.month_key,
        v.agent_key,
        sum(v.calls_answered) as calls_answered,
        sum(v.working_seconds) as working_seconds
    from kpi.calls_daily v
    join dw.dim_date d on d.date_key = v.date_key
    where v.agent_key is not null
    group by d.month_key, v.agent_key
),
replies as (
    select
        d.month_key,
        v.agent_key,
        sum(v.timed_replies) as timed_replies,
        sum(v.reply_seconds) as reply_seconds
    from kpi.replies_daily v
    join dw.dim_date d on d.date_key = v.date_key
    where v.agent_key is not null
    group by d.month_key, v.agent_key
),
feedback as (
    select
        d.month_key,
        v.agent_key,
        sum(v.feedback_responses) as feedback_responses,
        sum(v.feedback_score) as feedback_score
    from kpi.satisfaction_daily v
    join dw.dim_date d on d.date_key = v.date_key
    where v.agent_key is not null
    group by d.month_key, v.agent_key
),
agent_months as (
    select month_key, agent_key from resolved
    union select month_key, agent_key from calls
    union select month_key, agent_key from replies
    union select month_key, agent_key from feedback
)
select
    am.month_key,
    am.month_key * 100 + 1 as month_date_key,
    am.agent_key,
    cast(coalesce(r.tickets_resolved, 0) as bigint) as tickets_resolved,
    cast(coalesce(r.resolved_first_contact, 0) as bigint) as resolved_first_contact,
    cast(coalesce(r.resolution_seconds, 0) as bigint) as resolution_seconds,
    cast(coalesce(c.calls_answered, 0) as bigint) as calls_answered,
    cast(coalesce(c.working_seconds, 0) as bigint) as working_seconds,
    cast(coalesce(p.timed_replies, 0) as bigint) as timed_replies,
    cast(coalesce(p.reply_seconds, 0) as bigint) as reply_seconds,
    cast(coalesce(f.feedback_responses, 0) as bigint) as feedback_responses,
    cast(coalesce(f.feedback_score, 0) as decimal(18, 3)) as feedback_score
from agent_months am
left join resolved r on r.month_key = am.month_key and r.agent_key = am.agent_key
left join calls c on c.month_key = am.month_key and c.agent_key = am.agent_key
left join replies p on p.month_key = am.month_key and p.agent_key = am.agent_key
left join feedback f on f.month_key = am.month_key and f.agent_key = am.agent_key;
