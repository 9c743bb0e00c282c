-- One row per agents.csv record of this load.
create table stg.agent (
    line_number bigint not null,
    agent_id $key$ not null,
    agent_name $text$ not null,
    team $text$,
    email $text$,
    hired_on date,
    left_on date
);
