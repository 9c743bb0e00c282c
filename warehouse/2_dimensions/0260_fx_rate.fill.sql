-- One row per currency per month: a newer export of a rate replaces the older one.
-- Nothing to do unless rows are in: stg.fx_rate.
delete from dw.fx_rate
where exists (
    select 1 from stg.fx_rate s
    where s.month_key = dw.fx_rate.month_key and s.currency = dw.fx_rate.currency);

insert into dw.fx_rate (
    month_key,
    currency,
    rate
)
select
    month_key,
    currency,
    rate
from stg.fx_rate;
