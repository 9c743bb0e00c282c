-- One row per nightly run (cswh run): the load run it made, and how its export, Power BI refresh and reconciliation ended.
create table etl.nightly_run (
    nightly_run_id integer not null,
    load_run_id integer,
    started_at $timestamp$ not null,
    finished_at $timestamp$ not null,
    status $key$ not null,
    failed_step $key$,
    export_files integer not null,
    refresh_status $key$ not null,
    models_refreshed integer not null,
    reconcile_status $key$ not null,
    figures_compared integer not null,
    figures_different integer not null,
    message $longtext$
);
