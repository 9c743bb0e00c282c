-- One row per subscription plan.
create table dw.dim_plan (
    plan_key integer not null,
    plan_id $key$ not null,
    plan_name $text$,
    tier $text$,
    is_premium integer not null,
    is_inferred integer not null
);
