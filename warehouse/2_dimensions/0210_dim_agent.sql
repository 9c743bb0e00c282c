-- One row per agent per team period (type 2 history); valid_to_key 99991231 marks the current version.
create table dw.dim_agent (
    agent_key integer not null,
    agent_id $key$ not null,
    agent_name $text$ not null,
    team $text$,
    email $text$,
    hired_on date,
    left_on date,
    valid_from_key integer not null,
    valid_to_key integer not null,
    is_current integer not null,
    is_inferred integer not null
);
