-- One row per ticket whose staged messages differ from the fact (a message new, changed or moved): a work table of
-- the message conform step, so an unchanged conversation is not rewritten. Kept with the dimensions' migrations
-- only for its number; it belongs to staging.
create table stg.ticket_message_changed (
    ticket_id $key$ not null
);
