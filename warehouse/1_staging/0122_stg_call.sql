-- One row per calls.csv record of this load.
create table stg.call (
    line_number bigint not null,
    call_id $key$ not null,
    started_at $timestamp$ not null,
    started_date_key integer not null,
    started_hour integer not null,
    answered_at $timestamp$,
    answered_date_key integer,
    answered_hour integer,
    ended_at $timestamp$,
    ended_date_key integer,
    ended_hour integer,
    direction $key$ not null,
    agent_id $key$,
    customer_id $key$,
    ticket_id $key$,
    topic $text$,
    talk_seconds integer,
    hold_seconds integer,
    after_call_work_seconds integer,
    resolved integer,
    wait_seconds bigint
);
