-- One row: the run being loaded, so conform statements need no parameters.
create table stg.load_context (
    run_id integer not null,
    as_of_date_key integer not null,
    loaded_at $timestamp$ not null
);
