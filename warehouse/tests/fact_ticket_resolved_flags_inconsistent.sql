-- Fails when a ticket is not exactly one of resolved/unresolved, or is_resolved, has_first_response and the date keys disagree with the instants.
select
    t.ticket_id,
    t.resolved_at,
    t.resolved_date_key,
    t.is_resolved,
    t.is_unresolved,
    t.first_response_at,
    t.first_response_date_key,
    t.has_first_response
from dw.fact_ticket t
where t.is_resolved + t.is_unresolved <> 1
   or t.is_resolved <> case when t.resolved_at is null then 0 else 1 end
   or t.has_first_response <> case when t.first_response_at is null then 0 else 1 end
   or (t.resolved_at is null and t.resolved_date_key is not null)
   or (t.resolved_at is not null and t.resolved_date_key is null)
   or (t.first_response_at is null and t.first_response_date_key is not null)
   or (t.first_response_at is not null and t.first_response_date_key is null);
