-- Fails when a customer_id has more than one row in dw.dim_customer (one row per customer).
select
    customer_id,
    count(*) as copies
from dw.dim_customer
group by
    customer_id
having count(*) > 1;
