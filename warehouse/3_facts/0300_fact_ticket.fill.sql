-- One row per ticket: a newer export of a ticket replaces the older row; flags are set once, here.
-- Nothing to do unless rows are in: stg.ticket.
delete from dw.fact_ticket
where exists (select 1 from stg.ticket s where s.ticket_id = dw.fact_ticket.ticket_id);

insert into dw.fact_ticket (
    ticket_id,
    created_at,
    created_date_key,
    created_hour,
    first_response_at,
    first_response_date_key,
    resolved_at,
    resolved_date_key,
    channel_key,
    topic_key,
    customer_key,
    agent_key,
    priority,
    status,
    contacts,
    reopens,
    agent_replies,
    messages,
    first_response_seconds,
    resolution_seconds,
    has_first_response,
    is_resolved,
    is_unresolved,
    is_resolved_first_contact,
    is_resolved_contact_1,
    is_resolved_contact_2,
    is_resolved_contact_3plus,
    source_as_of,
    run_id
)
select
    s.ticket_id,
    s.created_at,
    s.created_date_key,
    s.created_hour,
    s.first_response_at,
    s.first_response_date_key,
    s.resolved_at,
    s.resolved_date_key,
    ch.channel_key,
    tp.topic_key,
    cu.customer_key,
    ag.agent_key,
    s.priority,
    s.status,
    s.contacts,
    s.reopens,
    s.agent_replies,
    s.messages,
    s.first_response_seconds,
    s.resolution_seconds,
    case when s.first_response_at is null then 0 else 1 end,
    case when s.resolved_at is null then 0 else 1 end,
    case when s.resolved_at is null then 1 else 0 end,
    case when s.resolved_at is not null and coalesce(s.contacts, 1) = 1 and coalesce(s.reopens, 0) = 0 then 1 else 0 end,
    case when s.resolved_at is not null and coalesce(s.contacts, 1) = 1 then 1 else 0 end,
    case when s.resolved_at is not null and s.contacts = 2 then 1 else 0 end,
    case when s.resolved_at is not null and s.contacts >= 3 then 1 else 0 end,
    ctx.as_of_date_key,
    ctx.run_id
from stg.ticket s
cross join stg.load_context ctx
join dw.dim_channel ch on ch.channel_code = s.channel
left join dw.dim_topic tp on tp.topic_name = s.topic
left join dw.dim_customer cu on cu.customer_id = s.customer_id
left join dw.dim_agent ag
    on ag.agent_id = s.agent_id
   and s.created_date_key >= ag.valid_from_key
   and s.created_date_key < ag.valid_to_key;
