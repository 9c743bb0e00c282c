-- Fails when dw.fact_support_cost has more than one row for a month, category and team.
select
    month_key,
    category,
    team,
    count(*) as copies
from dw.fact_support_cost
group by
    month_key,
    category,
    team
having count(*) > 1;
