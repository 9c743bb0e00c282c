-- One row per subscription period whose staged row differs from the warehouse's (customer, plan, end, MRR or
-- currency): a work table of the period step, which names the periods it replaces once and then finds them by key
-- alone. Kept with the dimensions' migrations only for its number; it belongs to staging.
create table stg.subscription_period_changed (
    subscription_id $key$ not null,
    started_on date not null,
    customer_id $key$ not null
);
