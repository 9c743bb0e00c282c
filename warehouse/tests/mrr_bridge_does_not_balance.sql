-- Fails per customer-month and per month where mrr <> the month before's mrr + new + reactivation + expansion - contraction - churned (the month before read from its own rows, not from previous_mrr).
with months as (
    select
        d.month_key,
        d.year * 12 + d.month as month_index
    from dw.dim_date d
    group by
        d.month_key,
        d.year,
        d.month
),
customer_months as (
    select
        f.customer_id,
        f.month_key,
        m.month_index,
        f.mrr,
        case when f.movement in ('new', 'reactivation', 'expansion') then f.mrr_change else 0 end as gained,
        case when f.movement in ('contraction', 'churn') then -f.mrr_change else 0 end as lost
    from dw.fact_customer_mrr f
    join months m on m.month_key = f.month_key
),
company_months as (
    select
        c.month_key,
        c.month_index,
        sum(c.mrr) as mrr,
        sum(c.gained) as gained,
        sum(c.lost) as lost
    from customer_months c
    group by
        c.month_key,
        c.month_index
)
select
    'customer' as grain,
    c.customer_id,
    c.month_key,
    c.mrr,
    coalesce(p.mrr, 0) as mrr_before,
    c.gained,
    c.lost
from customer_months c
left join customer_months p on p.customer_id = c.customer_id and p.month_index = c.month_index - 1
where c.mrr <> coalesce(p.mrr, 0) + c.gained - c.lost
union all
select
    'month',
    null,
    c.month_key,
    c.mrr,
    coalesce(p.mrr, 0),
    c.gained,
    c.lost
from company_months c
left join company_months p on p.month_index = c.month_index - 1
where c.mrr <> coalesce(p.mrr, 0) + c.gained - c.lost;
