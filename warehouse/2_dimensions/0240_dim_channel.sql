-- One row per contact channel code (phone, email, chat, ...).
create table dw.dim_channel (
    channel_key integer not null,
    channel_code $key$ not null
);
