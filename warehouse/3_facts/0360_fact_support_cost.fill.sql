-- One row per month, category and team: a newer export of the same key replaces the row; the amount is in the
-- reporting currency (converted here at the month's rate, the reporting currency at 1, rounded to 4 decimals), the
-- original amount and currency are kept. The amount is widened to 19 digits so the product is exact on every engine.
-- Nothing to do unless rows are in: stg.support_cost, stg.fx_rate.
delete from dw.fact_support_cost
where exists (
    select 1 from stg.support_cost s
    where s.month_key = dw.fact_support_cost.month_key
      and s.category = dw.fact_support_cost.category
      and coalesce(s.team, '') = coalesce(dw.fact_support_cost.team, ''));

insert into dw.fact_support_cost (
    month_key,
    month_date_key,
    category,
    team,
    amount,
    original_amount,
    currency,
    fx_rate
)
select
    s.month_key,
    s.month_key * 100 + 1,
    s.category,
    s.team,
    round(cast(s.amount as decimal(19, 4)) * case when s.currency = ctx.reporting_currency then cast(1 as decimal(18, 8)) else r.rate end, 4),
    s.amount,
    s.currency,
    case when s.currency = ctx.reporting_currency then cast(1 as decimal(18, 8)) else r.rate end
from stg.support_cost s
cross join stg.load_context ctx
left join dw.fx_rate r
    on r.month_key = s.month_key
   and r.currency = s.currency;

-- A newer rate for a month re-converts the costs of that month kept from earlier loads.
update dw.fact_support_cost
set fx_rate = (
        select r.rate from stg.fx_rate r
        where r.month_key = dw.fact_support_cost.month_key and r.currency = dw.fact_support_cost.currency),
    amount = round(cast(original_amount as decimal(19, 4)) * (
        select r.rate from stg.fx_rate r
        where r.month_key = dw.fact_support_cost.month_key and r.currency = dw.fact_support_cost.currency), 4)
where exists (
    select 1 from stg.fx_rate r
    where r.month_key = dw.fact_support_cost.month_key
      and r.currency = dw.fact_support_cost.currency
      and r.rate <> dw.fact_support_cost.fx_rate
      and r.currency <> (select ctx.reporting_currency from stg.load_context ctx));
