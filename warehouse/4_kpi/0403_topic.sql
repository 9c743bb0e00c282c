-- One row per request topic (the driver of a ticket or call).
create view kpi.topic as
select
    topic_key,
    topic_name
from dw.dim_topic;
