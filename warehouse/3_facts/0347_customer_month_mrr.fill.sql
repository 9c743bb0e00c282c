-- One row per rebuilt customer per month up to the as-of month whose last day a subscription period covers
-- (started_on <= last day < ended_on, or no ended_on): the customer's MRR is the sum over those periods in the
-- reporting currency; the plan is that of the largest period; premium when any covering period is on a premium plan.
-- Nothing to do unless rows are in: stg.mrr_customer.
truncate table stg.customer_month_mrr;

with month_ends as (
    select
        d.month_key,
        max(d.full_date) as month_end
    from dw.dim_date d
    group by d.month_key
),
horizon as (
    select
        d.month_key
    from stg.load_context ctx
    join dw.dim_date d on d.date_key = ctx.as_of_date_key
),
covering_periods as (
    select
        p.customer_id,
        e.month_key,
        p.reporting_mrr,
        p.mrr,
        p.currency,
        p.plan_id,
        coalesce(pl.is_premium, 0) as is_premium,
        row_number() over (
            partition by p.customer_id, e.month_key
            order by p.reporting_mrr desc, case when p.plan_id is null then 1 else 0 end, p.plan_id
        ) as size_rank
    from dw.subscription_period p
    join stg.mrr_customer r on r.customer_id = p.customer_id
    join month_ends e
        on p.started_on <= e.month_end
       and (p.ended_on is null or e.month_end < p.ended_on)
    join horizon h on e.month_key <= h.month_key
    left join dw.dim_plan pl on pl.plan_id = p.plan_id
)
insert into stg.customer_month_mrr (
    customer_id,
    month_key,
    mrr,
    original_mrr,
    currency,
    plan_id,
    is_premium
)
select
    c.customer_id,
    c.month_key,
    sum(c.reporting_mrr),
    case when min(c.currency) = max(c.currency) then sum(c.mrr) end,
    case when min(c.currency) = max(c.currency) then min(c.currency) end,
    max(case when c.size_rank = 1 then c.plan_id end),
    max(c.is_premium)
from covering_periods c
group by
    c.customer_id,
    c.month_key;
