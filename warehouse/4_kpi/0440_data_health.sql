-- One row per file of the latest load run (one row with no file if it read none), beside the run's status and times,
-- the last successful load, and how many inferred dimension members no load has filled in yet (the same on every row),
-- and how the latest nightly run's Power BI refresh and reconciliation ended (null before any cswh run).
create view kpi.data_health as
with latest_run as (
    select
        run_id,
        started_at,
        finished_at,
        status
    from etl.load_run
    where run_id = (select max(run_id) from etl.load_run)
)
select
    r.run_id,
    r.status as run_status,
    r.started_at as run_started_at,
    r.finished_at as run_finished_at,
    (select max(s.finished_at) from etl.load_run s where s.status = 'succeeded') as last_success_at,
    f.file_name,
    f.rows_read,
    f.rows_loaded,
    f.rows_rejected,
    f.warnings,
    (select cast(count(*) as bigint) from dw.dim_agent a where a.is_inferred = 1) as inferred_agents,
    (select cast(count(*) as bigint) from dw.dim_customer c where c.is_inferred = 1) as inferred_customers,
    (select cast(count(*) as bigint) from dw.dim_plan p where p.is_inferred = 1) as inferred_plans,
    (select n.refresh_status from etl.nightly_run n where n.nightly_run_id = (select max(nightly_run_id) from etl.nightly_run)) as nightly_refresh_status,
    (select n.reconcile_status from etl.nightly_run n where n.nightly_run_id = (select max(nightly_run_id) from etl.nightly_run)) as nightly_reconcile_status
from latest_run r
left join etl.load_file f on f.run_id = r.run_id;
