-- One row per finished load run (succeeded or failed).
create table etl.load_run (
    run_id integer not null,
    started_at $timestamp$ not null,
    finished_at $timestamp$ not null,
    status $key$ not null,
    source $text$,
    source_time_zone $key$,
    reporting_time_zone $key$,
    reporting_currency $key$,
    files integer not null,
    rows_read bigint not null,
    rows_loaded bigint not null,
    rows_rejected bigint not null,
    warnings integer not null,
    message $longtext$
);
