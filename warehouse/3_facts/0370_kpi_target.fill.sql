-- One row per KPI code and month (a null month is the default for every month): a newer export replaces the row.
-- Nothing to do unless rows are in: stg.target.
delete from dw.kpi_target
where exists (
    select 1 from stg.target s
    where s.kpi = dw.kpi_target.kpi_code
      and coalesce(s.month_key, 0) = coalesce(dw.kpi_target.month_key, 0));

insert into dw.kpi_target (
    kpi_code,
    month_key,
    month_date_key,
    value
)
select
    s.kpi,
    s.month_key,
    s.month_key * 100 + 1,
    s.value
from stg.target s;
