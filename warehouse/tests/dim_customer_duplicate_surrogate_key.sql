-- Fails when a customer_key is used by more than one row of dw.dim_customer: facts joining on it would fan out.
select
    customer_key,
    count(*) as copies
from dw.dim_customer
group by
    customer_key
having count(*) > 1;
