-- Fails when a date_key has more than one row in dw.dim_date (one row per calendar day).
select
    date_key,
    count(*) as copies
from dw.dim_date
group by
    date_key
having count(*) > 1;
