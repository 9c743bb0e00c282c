-- Fails when a resolved ticket is not in exactly one of resolved on contact 1 / 2 / 3+, or an unresolved ticket is in any.
select
    t.ticket_id,
    t.contacts,
    t.is_resolved,
    t.is_resolved_contact_1,
    t.is_resolved_contact_2,
    t.is_resolved_contact_3plus
from dw.fact_ticket t
where t.is_resolved_contact_1 + t.is_resolved_contact_2 + t.is_resolved_contact_3plus
      <> case when t.is_resolved = 1 then 1 else 0 end
   or t.is_resolved_contact_1 not in (0, 1)
   or t.is_resolved_contact_2 not in (0, 1)
   or t.is_resolved_contact_3plus not in (0, 1);
