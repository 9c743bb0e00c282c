-- Fails when a currency has more than one rate for a month in dw.fx_rate (one row per currency per month).
select
    month_key,
    currency,
    count(*) as copies
from dw.fx_rate
group by
    month_key,
    currency
having count(*) > 1;
