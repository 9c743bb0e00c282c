-- One row per rejected input row: where it was, what was wrong.
create table etl.reject_row (
    run_id integer not null,
    file_name $key$ not null,
    line_number bigint not null,
    column_name $key$ not null,
    value $longtext$,
    reason $text$ not null
);
