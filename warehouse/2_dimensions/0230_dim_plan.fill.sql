-- One row per plan: updates known plans (filling inferred ones), adds new ones, infers plans subscriptions and snapshots name.
-- Nothing to do unless rows are in: stg.subscription_plan, stg.subscription, stg.subscription_snapshot.
update dw.dim_plan
set plan_name = (select s.plan_name from stg.subscription_plan s where s.plan_id = dw.dim_plan.plan_id),
    tier = (select s.tier from stg.subscription_plan s where s.plan_id = dw.dim_plan.plan_id),
    is_premium = (select s.is_premium from stg.subscription_plan s where s.plan_id = dw.dim_plan.plan_id),
    is_inferred = 0
where exists (select 1 from stg.subscription_plan s where s.plan_id = dw.dim_plan.plan_id);

insert into dw.dim_plan (
    plan_key,
    plan_id,
    plan_name,
    tier,
    is_premium,
    is_inferred
)
select
    (select coalesce(max(plan_key), 0) from dw.dim_plan) + row_number() over (order by seen.plan_id),
    seen.plan_id,
    seen.plan_name,
    seen.tier,
    seen.is_premium,
    seen.is_inferred
from (
    select plan_id, plan_name, tier, is_premium, 0 as is_inferred from stg.subscription_plan
    union all
    select named.plan_id, named.plan_id, cast(null as $text$), 0, 1
    from (
        select plan_id from stg.subscription where plan_id is not null
        union
        select plan_id from stg.subscription_snapshot where plan_id is not null
    ) named
    where not exists (select 1 from stg.subscription_plan p where p.plan_id = named.plan_id)
) seen
where not exists (select 1 from dw.dim_plan d where d.plan_id = seen.plan_id);
