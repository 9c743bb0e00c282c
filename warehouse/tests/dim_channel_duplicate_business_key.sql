-- Fails when a channel code has more than one row in dw.dim_channel (one row per channel code).
select
    channel_code,
    count(*) as copies
from dw.dim_channel
group by
    channel_code
having count(*) > 1;
