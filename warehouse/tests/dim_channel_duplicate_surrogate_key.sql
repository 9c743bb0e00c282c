-- Fails when a channel_key is used by more than one row of dw.dim_channel: facts joining on it would fan out.
select
    channel_key,
    count(*) as copies
from dw.dim_channel
group by
    channel_key
having count(*) > 1;
