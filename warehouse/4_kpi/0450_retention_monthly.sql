-- One row per month (company-wide) from the first to the last month of dw.fact_customer_mrr: the MRR bridge and customer counts; stocks are the month's values.
create view kpi.retention_monthly as
with customer_movements as (
    select
        f.month_key,
        cast(sum(f.mrr) as decimal(18, 4)) as mrr,
        cast(sum(f.previous_mrr) as decimal(18, 4)) as mrr_start,
        cast(sum(case when f.movement = 'new' then f.mrr_change else 0 end) as decimal(18, 4)) as new_mrr,
        cast(sum(case when f.movement = 'reactivation' then f.mrr_change else 0 end) as decimal(18, 4)) as reactivation_mrr,
        cast(sum(case when f.movement = 'expansion' then f.mrr_change else 0 end) as decimal(18, 4)) as expansion_mrr,
        cast(sum(case when f.movement = 'contraction' then -f.mrr_change else 0 end) as decimal(18, 4)) as contraction_mrr,
        cast(sum(case when f.movement = 'churn' then -f.mrr_change else 0 end) as decimal(18, 4)) as churned_mrr,
        cast(sum(f.mrr_change) as decimal(18, 4)) as net_new_mrr,
        cast(count(case when f.is_active = 1 then 1 end) as bigint) as customers_end,
        cast(count(case when f.previous_mrr > 0 then 1 end) as bigint) as customers_start,
        cast(count(case when f.movement = 'new' then 1 end) as bigint) as new_customers,
        cast(count(case when f.movement = 'reactivation' then 1 end) as bigint) as reactivated_customers,
        cast(count(case when f.movement = 'churn' then 1 end) as bigint) as churned_customers,
        cast(count(case when f.movement = 'contraction' then 1 end) as bigint) as downgraded_customers,
        cast(count(case when f.is_premium = 1 then 1 end) as bigint) as premium_customers,
        cast(count(case when f.is_loyal = 1 then 1 end) as bigint) as loyal_customers
    from dw.fact_customer_mrr f
    group by f.month_key
),
reported_months as (
    select distinct
        d.month_key,
        d.year_month
    from dw.dim_date d
    where d.month_key >= (select min(c.month_key) from customer_movements c)
      and d.month_key <= (select max(c.month_key) from customer_movements c)
)
select
    m.month_key,
    m.month_key * 100 + 1 as month_date_key,
    m.year_month,
    coalesce(c.mrr, 0) as mrr,
    coalesce(c.mrr_start, 0) as mrr_start,
    coalesce(c.new_mrr, 0) as new_mrr,
    coalesce(c.reactivation_mrr, 0) as reactivation_mrr,
    coalesce(c.expansion_mrr, 0) as expansion_mrr,
    coalesce(c.contraction_mrr, 0) as contraction_mrr,
    coalesce(c.churned_mrr, 0) as churned_mrr,
    coalesce(c.net_new_mrr, 0) as net_new_mrr,
    coalesce(c.customers_end, 0) as customers_end,
    coalesce(c.customers_start, 0) as customers_start,
    coalesce(c.new_customers, 0) as new_customers,
    coalesce(c.reactivated_customers, 0) as reactivated_customers,
    coalesce(c.churned_customers, 0) as churned_customers,
    coalesce(c.downgraded_customers, 0) as downgraded_customers,
    coalesce(c.premium_customers, 0) as premium_customers,
    coalesce(c.loyal_customers, 0) as loyal_customers
from reported_months m
left join customer_movements c on c.month_key = m.month_key;
