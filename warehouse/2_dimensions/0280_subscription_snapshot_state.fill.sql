-- One row per subscription seen in a snapshot: the latest row of this load replaces what the warehouse kept (its day,
-- amount, plan, status and the start of its open period); subscriptions this load did not see newer keep theirs.
-- Nothing to do unless rows are in: stg.subscription_snapshot_step.
delete from dw.subscription_snapshot_state
where subscription_id in (select s.subscription_id from stg.subscription_snapshot_step s);

with latest as (
    select
        s.*,
        row_number() over (partition by s.subscription_id order by s.step desc) as recency
    from stg.subscription_snapshot_step s
)
insert into dw.subscription_snapshot_state (
    subscription_id,
    last_snapshot_on,
    customer_id,
    plan_id,
    currency,
    mrr,
    status,
    is_open,
    is_ended,
    open_started_on,
    run_id
)
select
    l.subscription_id,
    l.snapshot_on,
    l.customer_id,
    l.plan_id,
    l.currency,
    l.mrr,
    l.status,
    l.is_open,
    l.is_ended,
    case when l.is_open = 1 then l.open_started_on end,
    ctx.run_id
from latest l
cross join stg.load_context ctx
where l.recency = 1;
