-- Fails when a plan_id has more than one row in dw.dim_plan (one row per plan).
select
    plan_id,
    count(*) as copies
from dw.dim_plan
group by
    plan_id
having count(*) > 1;
