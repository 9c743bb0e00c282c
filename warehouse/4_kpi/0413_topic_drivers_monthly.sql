-- One row per created month and topic: tickets_by_topic and topic_rank (1 = most tickets that month; ties share a rank).
-- Tickets without a topic are no driver and are left out.
create view kpi.topic_drivers_monthly as
with topic_tickets as (
    select
        d.month_key,
        d.year_month,
        c.topic_key,
        cast(sum(c.tickets_created) as bigint) as tickets_by_topic
    from kpi.tickets_created_daily c
    join dw.dim_date d on d.date_key = c.date_key
    where c.topic_key is not null
    group by
        d.month_key,
        d.year_month,
        c.topic_key
)
select
    month_key,
    month_key * 100 + 1 as month_date_key,
    year_month,
    topic_key,
    tickets_by_topic,
    cast(rank() over (partition by month_key order by tickets_by_topic desc) as bigint) as topic_rank
from topic_tickets;
