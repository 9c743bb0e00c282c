-- Fails when a topic name has more than one row in dw.dim_topic (one row per topic).
select
    topic_name,
    count(*) as copies
from dw.dim_topic
group by
    topic_name
having count(*) > 1;
