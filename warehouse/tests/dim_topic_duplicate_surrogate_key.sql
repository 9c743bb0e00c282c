-- Fails when a topic_key is used by more than one row of dw.dim_topic: facts joining on it would fan out.
select
    topic_key,
    count(*) as copies
from dw.dim_topic
group by
    topic_key
having count(*) > 1;
