-- One row per message of a ticket; reply_seconds is set on agent messages that answer a customer.
create table dw.fact_ticket_message (
    message_id $key$ not null,
    ticket_id $key$ not null,
    sent_at $timestamp$ not null,
    sent_date_key integer not null,
    sent_hour integer not null,
    sent_epoch bigint not null,
    author $key$ not null,
    is_agent integer not null,
    agent_key integer,
    reply_seconds bigint
);
