-- One row per agent per shift day: time logged in, for calls per hour.
create table dw.fact_agent_shift (
    agent_id $key$ not null,
    agent_key integer not null,
    shift_date_key integer not null,
    logged_in_seconds integer not null
);
