-- One row per customer: updates known customers (filling inferred ones), adds new ones, infers customers facts name.
-- Nothing to do unless rows are in: stg.customer, stg.call, stg.subscription, stg.subscription_snapshot, stg.survey_response, stg.ticket.
update dw.dim_customer
set customer_name = (select s.customer_name from stg.customer s where s.customer_id = dw.dim_customer.customer_id),
    segment = (select s.segment from stg.customer s where s.customer_id = dw.dim_customer.customer_id),
    country = (select s.country from stg.customer s where s.customer_id = dw.dim_customer.customer_id),
    signed_up_on = (select s.signed_up_on from stg.customer s where s.customer_id = dw.dim_customer.customer_id),
    is_inferred = 0
where exists (select 1 from stg.customer s where s.customer_id = dw.dim_customer.customer_id);

insert into dw.dim_customer (
    customer_key,
    customer_id,
    customer_name,
    segment,
    country,
    signed_up_on,
    is_inferred
)
select
    (select coalesce(max(customer_key), 0) from dw.dim_customer) + row_number() over (order by seen.customer_id),
    seen.customer_id,
    seen.customer_name,
    seen.segment,
    seen.country,
    seen.signed_up_on,
    seen.is_inferred
from (
    select customer_id, customer_name, segment, country, signed_up_on, 0 as is_inferred from stg.customer
    union all
    select named.customer_id, named.customer_id, null, null, null, 1
    from (
        select distinct customer_id from stg.ticket where customer_id is not null
        union
        select distinct customer_id from stg.call where customer_id is not null
        union
        select distinct customer_id from stg.survey_response where customer_id is not null
        union
        select distinct customer_id from stg.subscription
        union
        select distinct customer_id from stg.subscription_snapshot
    ) named
    where not exists (select 1 from stg.customer c where c.customer_id = named.customer_id)
) seen
where not exists (select 1 from dw.dim_customer d where d.customer_id = seen.customer_id);
