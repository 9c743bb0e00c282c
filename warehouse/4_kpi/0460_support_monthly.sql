-- One row per month with revenue, support costs or tickets: each fact aggregated to the month before the join; support_cost is null for a month without cost rows.
create view kpi.support_monthly as
with revenue_by_month as (
    select
        f.month_key,
        cast(sum(f.mrr) as decimal(18, 4)) as revenue
    from dw.fact_customer_mrr f
    group by f.month_key
),
cost_by_month as (
    select
        c.month_key,
        cast(sum(c.amount) as decimal(18, 4)) as support_cost
    from dw.fact_support_cost c
    group by c.month_key
),
tickets_by_month as (
    select
        d.month_key,
        cast(count(*) as bigint) as tickets_created
    from dw.fact_ticket t
    join dw.dim_date d on d.date_key = t.created_date_key
    group by d.month_key
),
reported_months as (
    select r.month_key from revenue_by_month r
    union
    select c.month_key from cost_by_month c
    union
    select t.month_key from tickets_by_month t
),
calendar_months as (
    select distinct
        d.month_key,
        d.year_month
    from dw.dim_date d
)
select
    m.month_key,
    m.month_key * 100 + 1 as month_date_key,
    m.year_month,
    r.revenue,
    c.support_cost,
    coalesce(t.tickets_created, 0) as tickets_created,
    coalesce(month_target.value, default_target.value) as cost_per_ticket_target
from reported_months rm
join calendar_months m on m.month_key = rm.month_key
left join revenue_by_month r on r.month_key = rm.month_key
left join cost_by_month c on c.month_key = rm.month_key
left join tickets_by_month t on t.month_key = rm.month_key
left join dw.kpi_target month_target
    on month_target.kpi_code = 'cost_per_ticket'
   and month_target.month_key = rm.month_key
left join dw.kpi_target default_target
    on default_target.kpi_code = 'cost_per_ticket'
   and default_target.month_key is null;
