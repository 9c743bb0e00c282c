-- One row per subscription period the snapshots of this load opened or closed, handed to the period steps that follow
-- as if subscriptions.csv had carried it: a period keeps its latest version of the run (its start and amount from
-- the row that opened it, its end from a later close). A period opened by an earlier load and closed now is that
-- kept period with its new end. Each converts in the period fill, at the rate of the month it starts.
-- Nothing to do unless rows are in: stg.subscription_snapshot_step.
with openings as (
    select
        s.subscription_id,
        s.open_started_on as started_on,
        s.step,
        s.line_number,
        s.customer_id,
        s.plan_id,
        s.currency,
        s.mrr,
        case when s.is_open = 0 then s.end_on end as ended_on,
        row_number() over (partition by s.subscription_id, s.open_started_on order by s.step desc) as recency
    from stg.subscription_snapshot_step s
    where s.is_opening = 1
),
closings as (
    select
        s.subscription_id,
        s.previous_open_started_on as started_on,
        s.step,
        s.line_number,
        s.close_on,
        row_number() over (partition by s.subscription_id, s.previous_open_started_on order by s.step desc) as recency
    from stg.subscription_snapshot_step s
    where s.is_closing = 1
),
periods as (
    select
        o.subscription_id,
        o.started_on,
        case when c.step > o.step then c.close_on else o.ended_on end as ended_on,
        o.line_number,
        o.customer_id,
        o.plan_id,
        o.currency,
        o.mrr
    from openings o
    left join closings c
        on c.subscription_id = o.subscription_id
       and c.started_on = o.started_on
       and c.recency = 1
    where o.recency = 1
    union all
    select
        p.subscription_id,
        p.started_on,
        c.close_on,
        c.line_number,
        p.customer_id,
        p.plan_id,
        p.currency,
        p.mrr
    from closings c
    join dw.subscription_period p
        on p.subscription_id = c.subscription_id
       and p.started_on = c.started_on
    where c.recency = 1
      and not exists (
          select 1 from openings o
          where o.subscription_id = c.subscription_id and o.started_on = c.started_on)
)
insert into stg.subscription (
    line_number,
    subscription_id,
    customer_id,
    plan_id,
    mrr,
    currency,
    started_on,
    ended_on,
    rate_month_key
)
select
    p.line_number,
    p.subscription_id,
    p.customer_id,
    p.plan_id,
    p.mrr,
    p.currency,
    p.started_on,
    p.ended_on,
    (select d.month_key from dw.dim_date d where d.full_date = p.started_on)
from periods p;
