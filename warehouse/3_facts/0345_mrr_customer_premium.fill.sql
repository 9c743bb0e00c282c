-- One row per customer whose premium months this load's plans.csv changed (a plan's is_premium corrected, an inferred
-- plan filled in): their months are rebuilt like those of customers with changed periods.
-- Nothing to do unless rows are in: stg.subscription_plan, stg.mrr_customer.
with month_ends as (
    select
        d.month_key,
        max(d.full_date) as month_end
    from dw.dim_date d
    group by d.month_key
),
premium_now as (
    select
        p.customer_id,
        e.month_key,
        max(coalesce(pl.is_premium, 0)) as is_premium
    from dw.subscription_period p
    join month_ends e
        on p.started_on <= e.month_end
       and (p.ended_on is null or e.month_end < p.ended_on)
    left join dw.dim_plan pl on pl.plan_id = p.plan_id
    where p.customer_id in (
        select q.customer_id
        from dw.subscription_period q
        join stg.subscription_plan s on s.plan_id = q.plan_id)
    group by
        p.customer_id,
        e.month_key
)
insert into stg.mrr_customer (
    customer_id
)
select distinct
    f.customer_id
from dw.fact_customer_mrr f
join premium_now n on n.customer_id = f.customer_id and n.month_key = f.month_key
where f.is_active = 1
  and f.is_premium <> n.is_premium
  and not exists (select 1 from stg.mrr_customer m where m.customer_id = f.customer_id);
