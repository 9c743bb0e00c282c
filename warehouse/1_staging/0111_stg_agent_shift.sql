-- One row per agent_shifts.csv record of this load.
create table stg.agent_shift (
    line_number bigint not null,
    agent_id $key$ not null,
    shift_date date not null,
    shift_date_key integer not null,
    logged_in_seconds integer not null
);
