-- One row per contact channel (phone, email, chat, ...).
create view kpi.channel as
select
    channel_key,
    channel_code
from dw.dim_channel;
