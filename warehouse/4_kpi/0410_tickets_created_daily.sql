-- One row per created day, agent, channel and topic: tickets placed on the day they were created.
-- The contact buckets and unresolved are a cohort: how the tickets opened that day ended up.
create view kpi.tickets_created_daily as
select
    t.created_date_key as date_key,
    t.agent_key,
    t.channel_key,
    t.topic_key,
    cast(count(*) as bigint) as tickets_created,
    cast(sum(t.is_resolved_contact_1) as bigint) as resolved_contact_1,
    cast(sum(t.is_resolved_contact_2) as bigint) as resolved_contact_2,
    cast(sum(t.is_resolved_contact_3plus) as bigint) as resolved_contact_3plus,
    cast(sum(t.is_unresolved) as bigint) as unresolved,
    cast(sum(t.has_first_response) as bigint) as first_responses,
    cast(sum(coalesce(t.first_response_seconds, 0)) as bigint) as first_response_seconds
from dw.fact_ticket t
group by
    t.created_date_key,
    t.agent_key,
    t.channel_key,
    t.topic_key;
