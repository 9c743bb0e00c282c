-- One row per staged snapshot row newer than the latest one loaded for its subscription, in date order, compared with
-- the row before it (or, for the first, with the state the warehouse kept). A row opens a period when the
-- subscription is seen for the first time (from its start, or its trial end), when it bears MRR again after a pause or
-- an end, or when its MRR, plan, currency or customer differ from the open period's (from the snapshot day). A row
-- closes the open period when the subscription ended (on the vendor's end date), stopped bearing MRR (on the snapshot
-- day) or changed (on the snapshot day). A period not begun yet (a trial still running) is replaced in place, not
-- closed; a close never falls before its period's start.
-- Nothing to do unless rows are in: stg.subscription_snapshot.
truncate table stg.subscription_snapshot_step;

with fresh as (
    select
        s.subscription_id,
        row_number() over (partition by s.subscription_id order by s.snapshot_on, s.line_number) as step,
        s.snapshot_on,
        s.line_number,
        s.customer_id,
        s.plan_id,
        s.currency,
        s.period_mrr,
        s.status,
        s.bears_mrr,
        s.is_open,
        s.is_ended,
        s.end_on,
        s.period_start
    from stg.subscription_snapshot s
    left join dw.subscription_snapshot_state t on t.subscription_id = s.subscription_id
    where t.subscription_id is null
       or s.snapshot_on > t.last_snapshot_on
),
chain as (
    select
        t.subscription_id,
        0 as step,
        t.last_snapshot_on as snapshot_on,
        cast(0 as bigint) as line_number,
        t.customer_id,
        t.plan_id,
        t.currency,
        t.mrr,
        t.status,
        0 as bears_mrr,
        t.is_open,
        t.is_ended,
        cast(null as date) as end_on,
        t.last_snapshot_on as period_start,
        t.open_started_on as kept_start
    from dw.subscription_snapshot_state t
    where exists (select 1 from fresh f where f.subscription_id = t.subscription_id)
    union all
    select
        f.subscription_id,
        f.step,
        f.snapshot_on,
        f.line_number,
        f.customer_id,
        f.plan_id,
        f.currency,
        f.period_mrr,
        f.status,
        f.bears_mrr,
        f.is_open,
        f.is_ended,
        f.end_on,
        f.period_start,
        cast(null as date)
    from fresh f
),
compared as (
    select
        c.*,
        lag(c.step) over (partition by c.subscription_id order by c.step) as previous_step,
        lag(c.customer_id) over (partition by c.subscription_id order by c.step) as previous_customer_id,
        lag(c.plan_id) over (partition by c.subscription_id order by c.step) as previous_plan_id,
        lag(c.currency) over (partition by c.subscription_id order by c.step) as previous_currency,
        lag(c.mrr) over (partition by c.subscription_id order by c.step) as previous_mrr,
        lag(c.is_open) over (partition by c.subscription_id order by c.step) as previous_is_open
    from chain c
),
marked as (
    select
        c.*,
        case
            when c.step = 0 then 0
            when c.is_open = 1 and (c.previous_step is null or c.previous_is_open = 0) then 1
            when c.is_open = 1 and (c.customer_id <> c.previous_customer_id
                                    or coalesce(c.plan_id, '') <> coalesce(c.previous_plan_id, '')
                                    or c.currency <> c.previous_currency
                                    or c.mrr <> c.previous_mrr) then 1
            -- first seen already ended: the one period the row describes, if it lasted at all
            when c.previous_step is null and c.is_ended = 1 and c.bears_mrr = 1 and c.end_on > c.period_start then 1
            else 0
        end as is_opening
    from compared c
),
started as (
    select
        m.*,
        max(case
                when m.step = 0 then m.kept_start
                when m.is_opening = 1 and m.previous_step is null then m.period_start
                when m.is_opening = 1 then m.snapshot_on
            end) over (partition by m.subscription_id order by m.step rows between unbounded preceding and current row)
            as open_started_on
    from marked m
),
with_previous_start as (
    select
        s.*,
        lag(s.open_started_on) over (partition by s.subscription_id order by s.step) as previous_open_started_on
    from started s
)
insert into stg.subscription_snapshot_step (
    subscription_id,
    step,
    snapshot_on,
    line_number,
    customer_id,
    plan_id,
    currency,
    mrr,
    status,
    is_open,
    is_ended,
    end_on,
    period_start,
    open_started_on,
    previous_open_started_on,
    previous_customer_id,
    previous_plan_id,
    previous_currency,
    previous_mrr,
    is_opening,
    is_closing,
    close_on
)
select
    w.subscription_id,
    w.step,
    w.snapshot_on,
    w.line_number,
    w.customer_id,
    w.plan_id,
    w.currency,
    w.mrr,
    w.status,
    w.is_open,
    w.is_ended,
    w.end_on,
    w.period_start,
    w.open_started_on,
    w.previous_open_started_on,
    w.previous_customer_id,
    w.previous_plan_id,
    w.previous_currency,
    w.previous_mrr,
    w.is_opening,
    case
        when w.previous_is_open = 1 and w.is_open = 0 then 1
        when w.previous_is_open = 1 and w.is_opening = 1 and w.open_started_on > w.previous_open_started_on then 1
        else 0
    end,
    case
        when w.previous_is_open = 1 and w.is_ended = 1 and w.end_on > w.previous_open_started_on then w.end_on
        when w.previous_is_open = 1 and w.is_ended = 0 and w.snapshot_on > w.previous_open_started_on then w.snapshot_on
        when w.previous_is_open = 1 then w.previous_open_started_on
    end
from with_previous_start w
where w.step > 0;
