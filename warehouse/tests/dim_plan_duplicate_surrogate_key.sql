-- Fails when a plan_key is used by more than one row of dw.dim_plan: facts joining on it would fan out.
select
    plan_key,
    count(*) as copies
from dw.dim_plan
group by
    plan_key
having count(*) > 1;
