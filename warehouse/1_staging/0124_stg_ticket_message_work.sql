-- One row per message of a ticket this load touched (staged now or loaded before): a work table of the conform steps.
create table stg.ticket_message_work (
    message_id $key$ not null,
    ticket_id $key$ not null,
    sent_at $timestamp$ not null,
    sent_date_key integer not null,
    sent_hour integer not null,
    sent_epoch bigint not null,
    author $key$ not null,
    is_agent integer not null,
    agent_key integer
);
