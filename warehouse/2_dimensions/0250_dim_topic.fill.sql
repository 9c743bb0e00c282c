-- One row per topic: adds the topics this load names for the first time.
-- Nothing to do unless rows are in: stg.call, stg.ticket.
insert into dw.dim_topic (
    topic_key,
    topic_name
)
select
    (select coalesce(max(topic_key), 0) from dw.dim_topic) + row_number() over (order by seen.topic_name),
    seen.topic_name
from (
    select distinct topic as topic_name from stg.ticket where topic is not null
    union
    select distinct topic from stg.call where topic is not null
) seen
where not exists (select 1 from dw.dim_topic t where t.topic_name = seen.topic_name);
