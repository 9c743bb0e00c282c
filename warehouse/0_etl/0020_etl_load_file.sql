-- One row per file per load run.
create table etl.load_file (
    run_id integer not null,
    file_name $key$ not null,
    content_sha256 $key$ not null,
    size_bytes bigint not null,
    rows_read bigint not null,
    rows_loaded bigint not null,
    rows_rejected bigint not null,
    warnings integer not null
);
