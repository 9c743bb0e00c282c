-- Fails when dw.dim_date does not start on 1 January or end on 31 December (it holds whole years, so Power BI's date table is complete).
select
    r.first_date_key,
    r.last_date_key
from (
    select
        min(d.date_key) as first_date_key,
        max(d.date_key) as last_date_key
    from dw.dim_date d
) r
where r.first_date_key % 10000 <> 101
   or r.last_date_key % 10000 <> 1231;
