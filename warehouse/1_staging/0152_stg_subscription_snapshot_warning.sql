-- One row per warning the snapshot conform steps raise (an older snapshot skipped, a subscription missing from a later
-- snapshot); the run copies them into etl.load_warning (a work table of the conform steps).
create table stg.subscription_snapshot_warning (
    file_name $key$ not null,
    line_number bigint,
    message $text$ not null
);
