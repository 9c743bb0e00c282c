-- One row per created month, weekday, agent and channel: first-response time by the weekday tickets were created.
create view kpi.response_time_weekday as
select
    d.month_key,
    d.month_key * 100 + 1 as month_date_key,
    d.year_month,
    d.weekday,
    d.weekday_name,
    c.agent_key,
    c.channel_key,
    cast(sum(c.tickets_created) as bigint) as tickets_created,
    cast(sum(c.first_responses) as bigint) as first_responses,
    cast(sum(c.first_response_seconds) as bigint) as first_response_seconds
from kpi.tickets_created_daily c
join dw.dim_date d on d.date_key = c.date_key
group by
    d.month_key,
    d.year_month,
    d.weekday,
    d.weekday_name,
    c.agent_key,
    c.channel_key;
