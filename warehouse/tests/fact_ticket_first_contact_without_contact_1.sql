-- Fails when a ticket counts as resolved on first contact (FCR) but not as resolved on contact 1.
select
    t.ticket_id,
    t.contacts,
    t.reopens,
    t.is_resolved_first_contact,
    t.is_resolved_contact_1
from dw.fact_ticket t
where t.is_resolved_first_contact = 1
  and t.is_resolved_contact_1 <> 1;
