-- Fails when dw.kpi_target has more than one row for a KPI code and month (or more than one default row).
select
    kpi_code,
    month_key,
    count(*) as copies
from dw.kpi_target
group by
    kpi_code,
    month_key
having count(*) > 1;
