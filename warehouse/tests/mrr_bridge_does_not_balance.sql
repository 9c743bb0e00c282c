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
        case when f.movement in ('contraction', 'churn') then -f.mrr_change else 0 end as lost,
        -- The customer's row before, by one sort rather than a join of the fact with itself. It is the month
        -- before only when it is one month back: a customer with no row for the month before had no MRR in it.
        lag(m.month_index) over (partition by f.customer_id order by m.month_index) as row_before_index,
        lag(f.mrr) over (partition by f.customer_id order by m.month_index) as row_before_mrr
    from dw.fact_customer_mrr f
    join months m on m.month_key = f.month_key
),
customer_bridge as (
    select
        c.customer_id,
        c.month_key,
        c.mrr,
        case when c.row_before_index = c.month_index - 1 then c.row_before_mrr else 0 end as mrr_before,
        c.gained,
        c.lost
    from customer_months c
),
-- Straight from the fact rather than from customer_months, which is then read once and not kept aside in full.
company_months as (
    select
        m.month_key,
        m.month_index,
        sum(f.mrr) as mrr,
        sum(case when f.movement in ('new', 'reactivation', 'expansion') then f.mrr_change else 0 end) as gained,
        sum(case when f.movement in ('contraction', 'churn') then -f.mrr_change else 0 end) as lost
    from dw.fact_customer_mrr f
    join months m on m.month_key = f.month_key
    group by
        m.month_key,
        m.month_index
)
select
    'customer' as grain,
    c.customer_id,
    c.month_key,
    c.mrr,
    c.mrr_before,
    c.gained,
    c.lost
from customer_bridge c
where c.mrr <> c.mrr_before + c.gained - c.lost
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
