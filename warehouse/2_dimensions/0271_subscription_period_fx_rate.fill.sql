-- One row per subscription period: a newer rate for a period's start month re-converts the periods kept from earlier
-- loads (a period converts at that one rate for its whole life), and their customers are marked for the MRR rebuild.
-- The reporting currency keeps its rate of 1, whatever fx_rates.csv says about it.
-- Nothing to do unless rows are in: stg.fx_rate, stg.mrr_customer.
insert into stg.mrr_customer (
    customer_id
)
select distinct
    p.customer_id
from dw.subscription_period p
join dw.dim_date d on d.full_date = p.started_on
join stg.fx_rate r on r.month_key = d.month_key and r.currency = p.currency
cross join stg.load_context ctx
where r.rate <> p.fx_rate
  and r.currency <> ctx.reporting_currency
  and not exists (select 1 from stg.mrr_customer m where m.customer_id = p.customer_id);

update dw.subscription_period
set fx_rate = (
        select r.rate
        from stg.fx_rate r
        join dw.dim_date d on d.month_key = r.month_key
        where d.full_date = dw.subscription_period.started_on
          and r.currency = dw.subscription_period.currency),
    reporting_mrr = round(cast(mrr as decimal(19, 4)) * (
        select r.rate
        from stg.fx_rate r
        join dw.dim_date d on d.month_key = r.month_key
        where d.full_date = dw.subscription_period.started_on
          and r.currency = dw.subscription_period.currency), 4),
    run_id = (select ctx.run_id from stg.load_context ctx)
where exists (
    select 1
    from stg.fx_rate r
    join dw.dim_date d on d.month_key = r.month_key
    where d.full_date = dw.subscription_period.started_on
      and r.currency = dw.subscription_period.currency
      and r.rate <> dw.subscription_period.fx_rate
      and r.currency <> (select ctx.reporting_currency from stg.load_context ctx));
