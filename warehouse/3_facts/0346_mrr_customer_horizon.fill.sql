-- One row per customer whose months move with the run's as-of month, the last month the MRR fact shows: customers
-- still covered after their last shown month when a new month begins, customers with nothing shown yet whose periods
-- have begun, and every shown customer when the as-of month moved back.
with month_ends as (
    select
        d.month_key,
        max(d.full_date) as month_end
    from dw.dim_date d
    group by d.month_key
),
horizon as (
    select
        e.month_key,
        e.month_end
    from stg.load_context ctx
    join dw.dim_date d on d.date_key = ctx.as_of_date_key
    join month_ends e on e.month_key = d.month_key
),
shown as (
    select
        f.customer_id,
        max(f.month_key) as last_month_key
    from dw.fact_customer_mrr f
    group by f.customer_id
)
insert into stg.mrr_customer (
    customer_id
)
select distinct
    p.customer_id
from dw.subscription_period p
cross join horizon h
left join shown s on s.customer_id = p.customer_id
left join month_ends shown_end on shown_end.month_key = s.last_month_key
where not exists (select 1 from stg.mrr_customer m where m.customer_id = p.customer_id)
  and ((s.last_month_key is null and p.started_on <= h.month_end)
       or s.last_month_key > h.month_key
       or (s.last_month_key < h.month_key and (p.ended_on is null or p.ended_on > shown_end.month_end)));
