-- One row per request topic (the driver of a ticket or call).
create table dw.dim_topic (
    topic_key integer not null,
    topic_name $text$ not null
);
