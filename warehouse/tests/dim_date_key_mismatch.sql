-- Fails when a dw.dim_date row's keys disagree with its calendar columns (date_key, month_key, full_date vs year, month, day_of_month, or an impossible day).
select
    d.date_key,
    d.full_date,
    d.year,
    d.month,
    d.day_of_month,
    d.month_key
from dw.dim_date d
where d.date_key <> d.year * 10000 + d.month * 100 + d.day_of_month
   or d.month_key <> d.year * 100 + d.month
   or replace(cast(d.full_date as varchar(10)), '-', '') <> cast(d.date_key as varchar(8))
   or d.month < 1
   or d.month > 12
   or d.day_of_month < 1
   or d.day_of_month > case
          when d.month in (4, 6, 9, 11) then 30
          when d.month = 2 and ((d.year % 4 = 0 and d.year % 100 <> 0) or d.year % 400 = 0) then 29
          when d.month = 2 then 28
          else 31
      end;
