-- One row per plans.csv record of this load.
create table stg.subscription_plan (
    line_number bigint not null,
    plan_id $key$ not null,
    plan_name $text$,
    tier $text$,
    is_premium integer not null
);
