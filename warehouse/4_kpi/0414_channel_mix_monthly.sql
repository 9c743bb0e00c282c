-- One row per created month and channel: the parts of channel_share (tickets there ÷ tickets in all channels).
-- tickets_created_all_channels repeats on every channel of the month: divide within one channel, never sum it across channels.
create view kpi.channel_mix_monthly as
with channel_tickets as (
    select
        d.month_key,
        d.year_month,
        c.channel_key,
        cast(sum(c.tickets_created) as bigint) as tickets_created
    from kpi.tickets_created_daily c
    join dw.dim_date d on d.date_key = c.date_key
    group by
        d.month_key,
        d.year_month,
        c.channel_key
)
select
    month_key,
    month_key * 100 + 1 as month_date_key,
    year_month,
    channel_key,
    tickets_created,
    cast(sum(tickets_created) over (partition by month_key) as bigint) as tickets_created_all_channels
from channel_tickets;
