-- One row per subscription period: a newer export of a period replaces it, an identical one changes nothing.
-- The customers of new or changed periods (under the old and the new customer_id) are marked for the MRR rebuild.
-- A new period converts here, at the rate of its first month (the reporting currency at 1), rounded to 4 decimals;
-- the reader has rejected a row without that rate, so a missing one fails the run rather than converting at 1.
-- A rate that changes later re-converts the period in the next step. The amount is widened to 19 digits before the
-- product, which is then exact on every engine (DuckDB would multiply two 18-digit decimals in 64 bits and overflow).
-- Nothing to do unless rows are in: stg.subscription.
truncate table stg.mrr_customer;
truncate table stg.subscription_period_changed;

-- The changed periods are named once, by a join on the key; the steps after find them by key alone. A test of the
-- columns inside "exists" would make the engine match every period of the warehouse against staging, even when no
-- subscription is staged (DuckDB: 12 ms each time at 30,000 customers).
insert into stg.subscription_period_changed (
    subscription_id,
    started_on,
    customer_id
)
select
    p.subscription_id,
    p.started_on,
    p.customer_id
from stg.subscription s
join dw.subscription_period p
    on p.subscription_id = s.subscription_id
   and p.started_on = s.started_on
where s.customer_id <> p.customer_id
   or coalesce(s.plan_id, '') <> coalesce(p.plan_id, '')
   or coalesce(s.ended_on, cast('9999-12-31' as date)) <> coalesce(p.ended_on, cast('9999-12-31' as date))
   or s.mrr <> p.mrr
   or s.currency <> p.currency;

insert into stg.mrr_customer (
    customer_id
)
select distinct
    c.customer_id
from stg.subscription_period_changed c;

delete from dw.subscription_period
where exists (
    select 1 from stg.subscription_period_changed c
    where c.subscription_id = dw.subscription_period.subscription_id
      and c.started_on = dw.subscription_period.started_on);

insert into stg.mrr_customer (
    customer_id
)
select distinct
    s.customer_id
from stg.subscription s
where not exists (
      select 1 from dw.subscription_period p
      where p.subscription_id = s.subscription_id and p.started_on = s.started_on)
  and not exists (select 1 from stg.mrr_customer m where m.customer_id = s.customer_id);

insert into dw.subscription_period (
    subscription_id,
    started_on,
    ended_on,
    customer_id,
    plan_id,
    mrr,
    currency,
    fx_rate,
    reporting_mrr,
    run_id,
    source_as_of
)
select
    s.subscription_id,
    s.started_on,
    s.ended_on,
    s.customer_id,
    s.plan_id,
    s.mrr,
    s.currency,
    case when s.currency = ctx.reporting_currency then cast(1 as decimal(18, 8)) else r.rate end,
    round(cast(s.mrr as decimal(19, 4)) * case when s.currency = ctx.reporting_currency then cast(1 as decimal(18, 8)) else r.rate end, 4),
    ctx.run_id,
    ctx.as_of_date_key
from stg.subscription s
cross join stg.load_context ctx
left join dw.fx_rate r
    on r.month_key = s.rate_month_key
   and r.currency = s.currency
where not exists (
    select 1 from dw.subscription_period p
    where p.subscription_id = s.subscription_id and p.started_on = s.started_on);

-- A period sent again unchanged is still as recent as this export says.
update dw.subscription_period
set source_as_of = (select ctx.as_of_date_key from stg.load_context ctx)
where exists (
    select 1 from stg.subscription s
    where s.subscription_id = dw.subscription_period.subscription_id
      and s.started_on = dw.subscription_period.started_on)
  and coalesce(source_as_of, 0) < (select ctx.as_of_date_key from stg.load_context ctx);
