-- One row per month, category and team: a newer export of the same key replaces the row; the amount is in the
-- reporting currency (converted at the month's rate when staged), the original amount and currency are kept.
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
    s.reporting_amount,
    s.amount,
    s.currency,
    s.fx_rate
from stg.support_cost s;

-- A newer rate for a month re-converts the costs of that month kept from earlier loads.
update dw.fact_support_cost
set fx_rate = (
        select r.rate from stg.fx_rate r
        where r.month_key = dw.fact_support_cost.month_key and r.currency = dw.fact_support_cost.currency),
    amount = round(original_amount * (
        select r.rate from stg.fx_rate r
        where r.month_key = dw.fact_support_cost.month_key and r.currency = dw.fact_support_cost.currency), 4)
where exists (
    select 1 from stg.fx_rate r
    where r.month_key = dw.fact_support_cost.month_key
      and r.currency = dw.fact_support_cost.currency
      and r.rate <> dw.fact_support_cost.fx_rate);
