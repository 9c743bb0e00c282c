-- Fails on each pair of periods of one subscription that overlap (its MRR would count twice), like the dbt mrr-playbook's mutually_exclusive_ranges test.
select
    a.subscription_id,
    a.started_on,
    a.ended_on,
    b.started_on as overlapping_started_on,
    b.ended_on as overlapping_ended_on
from dw.subscription_period a
join dw.subscription_period b
    on b.subscription_id = a.subscription_id
   and b.started_on > a.started_on
where a.ended_on is null
   or b.started_on < a.ended_on;
