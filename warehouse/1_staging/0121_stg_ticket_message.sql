-- One row per ticket_messages.csv record of this load.
create table stg.ticket_message (
    line_number bigint not null,
    message_id $key$ not null,
    ticket_id $key$ not null,
    sent_at $timestamp$ not null,
    sent_date_key integer not null,
    sent_hour integer not null,
    author $key$ not null,
    agent_id $key$,
    sent_epoch bigint not null
);

