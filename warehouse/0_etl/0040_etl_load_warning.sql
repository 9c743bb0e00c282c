-- One row per warning of a load run (duplicate keys, ignored columns); line_number is null for file-wide warnings.
create table etl.load_warning (
    run_id integer not null,
    file_name $key$ not null,
    line_number bigint,
    message $text$ not null
);
